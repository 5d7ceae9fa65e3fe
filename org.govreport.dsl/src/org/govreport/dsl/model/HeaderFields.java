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
	/** Written by govreport sum: the organs whose reports the report sums, so that no tool counts them twice. */
	public static final String SUMMED = "汇总自";
	/** How the organs in 汇总自 are separated when written. */
	public static final String SUMMED_SEPARATOR = "、";

	private static final Map<String, String> CANONICAL = new LinkedHashMap<>();
	static {
		CANONICAL.put(ORGAN, ORGAN);
		CANONICAL.put(YEAR, YEAR);
		CANONICAL.put(TEMPLATE, TEMPLATE);
		CANONICAL.put(LEVEL, LEVEL);
		CANONICAL.put(PREVIOUS, PREVIOUS);
		CANONICAL.put(SUMMED, SUMMED);
		CANONICAL.put("organ", ORGAN);
		CANONICAL.put("year", YEAR);
		CANONICAL.put("template", TEMPLATE);
		CANONICAL.put("level", LEVEL);
		CANONICAL.put("previous", PREVIOUS);
		CANONICAL.put("summed", SUMMED);
	}

	private HeaderFields() {
	}

	/** The value of 汇总自 as written by govreport sum, or null for a report that sums none. */
	public static String summed(Report report) {
		return report.summedOrgans().isEmpty() ? null : String.join(SUMMED_SEPARATOR, report.summedOrgans());
	}

	/** The canonical key for a key as written, or empty when it is no field key. */
	public static Optional<String> canonical(String written) {
		return Optional.ofNullable(CANONICAL.get(written.trim()));
	}
}
