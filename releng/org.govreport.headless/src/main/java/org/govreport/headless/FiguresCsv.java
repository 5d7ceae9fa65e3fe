package org.govreport.headless;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The comparison table as CSV: one row per report with every figure of tables 二, 三 and 四, two header
 * rows (the form's row, then its column) and a totals row. UTF-8 with a byte-order mark, which Excel
 * needs to read Chinese from a CSV file; fields quoted as RFC 4180 says.
 */
public final class FiguresCsv {
	private static final String BYTE_ORDER_MARK = "\uFEFF";
	private static final String LINE_END = "\r\n";

	private FiguresCsv() {
	}

	public static String write(List<FigureRow> rows, Map<String, List<FigureColumn>> columns) {
		var figures = columns.values().stream().flatMap(List::stream).toList();
		var text = new StringBuilder(BYTE_ORDER_MARK);
		var groups = new ArrayList<String>(FigureRow.FIELDS);
		figures.forEach(column -> groups.add("表" + column.section() + " " + column.group()));
		groups.addAll(FigureRow.COUNTS);
		line(text, groups);
		var labels = new ArrayList<String>(FigureRow.FIELDS.stream().map(field -> "").toList());
		figures.forEach(column -> labels.add(column.label()));
		FigureRow.COUNTS.forEach(count -> labels.add(""));
		line(text, labels);
		for (FigureRow row : rows) {
			var fields = new ArrayList<>(row.fields());
			figures.forEach(column -> fields.add(number(row.figure(column.cell()))));
			row.counts().forEach(count -> fields.add(count.toString()));
			line(text, fields);
		}
		var totals = new ArrayList<String>(List.of(FiguresTotals.LABEL, "", "", ""));
		figures.forEach(column -> totals.add(number(FiguresTotals.sum(rows, column))));
		FiguresTotals.counts(rows).forEach(count -> totals.add(count.toString()));
		line(text, totals);
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

	private static String number(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}
}
