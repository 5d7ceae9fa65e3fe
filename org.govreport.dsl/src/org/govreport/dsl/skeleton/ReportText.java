package org.govreport.dsl.skeleton;

import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.TableSpec;

/**
 * The one writer of report text lines: header fields, comments, prose blocks, a table's header line and
 * its rows. {@code new}, the wizard (through {@link ReportSkeleton}) and {@code import} all write through it, so a
 * report they write reads back the way the parser reads it.
 */
public final class ReportText {
	public static final String SEPARATOR = " | ";
	public static final String PROSE_QUOTES = "\"\"\"";

	private ReportText() {
	}

	/** {@code 机关：江城镇}. */
	public static String field(String key, Object value) {
		return key + "：" + value;
	}

	/** A comment line: {@code # text}. */
	public static String comment(String text) {
		return "# " + text;
	}

	/** A prose block; three quotes inside it would end it early, and no report means them. */
	public static List<String> prose(List<String> paragraphs) {
		var lines = new ArrayList<String>();
		lines.add(PROSE_QUOTES);
		paragraphs.forEach(paragraph -> lines.add(paragraph.replace(PROSE_QUOTES, "\"“\"")));
		lines.add(PROSE_QUOTES);
		return lines;
	}

	/** The header line of a table: its title (or corner label), then the column labels in order. */
	public static String tableHeader(TableSpec table) {
		String corner = table.title() != null ? table.title() : table.cornerLabel() != null ? table.cornerLabel() : "";
		return corner + SEPARATOR + String.join(SEPARATOR, table.columns().stream().map(ColumnSpec::label).toList());
	}

	/** A row: its label, then its cells as written. */
	public static String row(String label, List<String> cells) {
		return label + SEPARATOR + String.join(SEPARATOR, cells);
	}
}
