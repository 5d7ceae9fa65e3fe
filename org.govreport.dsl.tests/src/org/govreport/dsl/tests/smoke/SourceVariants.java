package org.govreport.dsl.tests.smoke;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The damaged copies of a report that Xtext's smoke tests feed a language: each line, each token and
 * sampled single characters taken out, and the text cut short from either end. An official editing a
 * file an hour before the deadline leaves it in exactly such states.
 */
final class SourceVariants {
	/**
	 * What the grammar separates tokens by (its hidden whitespace, the cell separators, the field colons,
	 * the comment sign and the prose quote), so that the pieces between them are whole tokens.
	 */
	private static final String SEPARATORS = " \t\u3000\u00A0\r\n|｜:：#\"";

	private SourceVariants() {
	}

	/**
	 * @param samples how many single-character removals and how many cut points at each end; spread
	 *                evenly over the text, so the same variants come every run
	 */
	static Set<String> of(String text, int samples) {
		var variants = new LinkedHashSet<String>();
		variants.addAll(withoutEachLine(text));
		variants.addAll(withoutEachToken(text));
		int stride = Math.max(1, text.length() / samples);
		for (int at = 0; at < text.length(); at += stride) {
			variants.add(text.substring(0, at) + text.substring(at + 1));
			variants.add(text.substring(0, at));
			variants.add(text.substring(at));
		}
		variants.remove(text);
		return variants;
	}

	private static List<String> withoutEachLine(String text) {
		var variants = new ArrayList<String>();
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			end = end < 0 ? text.length() : end + 1;
			variants.add(text.substring(0, start) + text.substring(end));
			start = end;
		}
		return variants;
	}

	private static List<String> withoutEachToken(String text) {
		var variants = new ArrayList<String>();
		int start = 0;
		while (start < text.length()) {
			int end = start + 1;
			if (!isSeparator(text.charAt(start))) {
				while (end < text.length() && !isSeparator(text.charAt(end))) {
					end++;
				}
			}
			variants.add(text.substring(0, start) + text.substring(end));
			start = end;
		}
		return variants;
	}

	private static boolean isSeparator(char c) {
		return SEPARATORS.indexOf(c) >= 0;
	}
}
