package org.govreport.dsl.aggregate;

/**
 * One difference between two reports.
 *
 * @param place where, as {@link CellNaming} names it (表 三 · 一、本年新收 · 自然人, 年度, 一、总体情况 第 2 段)
 * @param before the old value or text; null when the place is new
 * @param after the new value or text; null when the place is gone
 */
public record Change(Kind kind, String place, String before, String after) {

	public enum Kind {
		HEADER, CELL, ROW_ADDED, ROW_REMOVED, TABLE_ADDED, TABLE_REMOVED, PARAGRAPH_CHANGED, PARAGRAPH_ADDED,
		PARAGRAPH_REMOVED
	}

	/** One line, as the text output prints it: {@code 表 三 · 一、本年新收 · 自然人: 5 → 7}. */
	public String text() {
		return switch (kind) {
			case ROW_ADDED -> place + ": 新增此行";
			case ROW_REMOVED -> place + ": 删去此行";
			case TABLE_ADDED -> place + ": 新增此表";
			case TABLE_REMOVED -> place + ": 删去此表";
			case PARAGRAPH_ADDED -> place + ": 新增 “" + after + "”";
			case PARAGRAPH_REMOVED -> place + ": 删去 “" + before + "”";
			case PARAGRAPH_CHANGED -> place + ": " + WordDiff.shortDiff(before, after);
			default -> place + ": " + orDash(before) + " → " + orDash(after);
		};
	}

	private static String orDash(String value) {
		return value == null || value.isEmpty() ? "—" : value;
	}
}
