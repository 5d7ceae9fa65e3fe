package org.govreport.headless;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The comparison table as CSV: one row per report with every figure of tables 二, 三 and 四, two header
 * rows (the form's row, then its column) and a totals row. UTF-8 with a byte-order mark, which Excel
 * needs to read Chinese from a CSV file; fields quoted as RFC 4180 says. A text field that Excel would run
 * as a formula (an organ named =HYPERLINK(…)) is written as text, as OWASP advises against CSV injection;
 * figures, negative ones too, stay numbers.
 */
public final class FiguresCsv {
	private static final String BYTE_ORDER_MARK = "\uFEFF";
	private static final String LINE_END = "\r\n";
	/** What a cell may start with for Excel (and LibreOffice) to take it as a formula. */
	private static final String FORMULA_START = "=+-@\t\r";

	private FiguresCsv() {
	}

	public static String write(List<FigureRow> rows, Map<String, List<FigureColumn>> columns) {
		var figures = columns.values().stream().flatMap(List::stream).toList();
		var text = new StringBuilder(BYTE_ORDER_MARK);
		var groups = new ArrayList<String>(FigureRow.FIELDS);
		figures.forEach(column -> groups.add(text("表" + column.section() + " " + column.group())));
		groups.addAll(FigureRow.COUNTS);
		line(text, groups);
		var labels = new ArrayList<String>(FigureRow.FIELDS.stream().map(field -> "").toList());
		figures.forEach(column -> labels.add(text(column.label())));
		FigureRow.COUNTS.forEach(count -> labels.add(""));
		line(text, labels);
		for (FigureRow row : rows) {
			var fields = new ArrayList<>(row.fields().stream().map(FiguresCsv::text).toList());
			figures.forEach(column -> fields.add(number(row.figure(column.cell()))));
			row.counts().forEach(count -> fields.add(count.toString()));
			line(text, fields);
		}
		var totals = new ArrayList<String>(List.of(FiguresTotals.LABEL, "", "", ""));
		figures.forEach(column -> totals.add(number(FiguresTotals.sum(rows, column))));
		FiguresTotals.counts(rows).forEach(count -> totals.add(count.toString()));
		line(text, totals);
		FiguresTotals.notes(rows).forEach(note -> line(text, List.of(note)));
		return text.toString();
	}

	private static void line(StringBuilder text, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			text.append(i == 0 ? "" : ",").append(quoted(fields.get(i)));
		}
		text.append(LINE_END);
	}

	private static String quoted(String field) {
		return field.matches("[^,\"\r\n]*") ? field : "\"" + field.replace("\"", "\"\"") + "\"";
	}

	/** A text field as text: one that starts like a formula gets a leading ' (shown in the cell, run never). */
	static String text(String field) {
		return !field.isEmpty() && FORMULA_START.indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
	}

	/** Whether Excel would take the text for a formula. */
	static boolean looksLikeFormula(String field) {
		return !text(field).equals(field);
	}

	private static String number(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}
}
