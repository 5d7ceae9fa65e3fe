package org.govreport.dsl.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The header field keys the grammar accepts and the canonical (Chinese) key each stands for, shared by
 * the reader and by tools that write headers (formatter, skeleton).
 */
public final class HeaderFields {
	public static final String ORGAN = "机关";
	public static final String YEAR = "年度";
	public static final String TEMPLATE = "格式";
	public static final String LEVEL = "层级";
	public static final String PREVIOUS = "上年报告";

	private static final Map<String, String> CANONICAL = new LinkedHashMap<>();
	static {
		CANONICAL.put(ORGAN, ORGAN);
		CANONICAL.put(YEAR, YEAR);
		CANONICAL.put(TEMPLATE, TEMPLATE);
		CANONICAL.put(LEVEL, LEVEL);
		CANONICAL.put(PREVIOUS, PREVIOUS);
		CANONICAL.put("organ", ORGAN);
		CANONICAL.put("year", YEAR);
		CANONICAL.put("template", TEMPLATE);
		CANONICAL.put("level", LEVEL);
		CANONICAL.put("previous", PREVIOUS);
	}

	private HeaderFields() {
	}

	/** The canonical key for a key as written, or empty when it is no field key. */
	public static Optional<String> canonical(String written) {
		return Optional.ofNullable(CANONICAL.get(written.trim()));
	}
}
