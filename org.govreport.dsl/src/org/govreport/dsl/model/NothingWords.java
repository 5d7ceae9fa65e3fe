package org.govreport.dsl.model;

import java.util.Set;

/** Words officials write in a number cell for "nothing"; the form wants 0. */
public final class NothingWords {
	private static final Set<String> WORDS = Set.of("无", "空", "—", "——", "－", "-", "/", "／", "暂无", "零", "没有");

	private NothingWords() {
	}

	public static boolean contains(String text) {
		return WORDS.contains(text.strip());
	}
}
