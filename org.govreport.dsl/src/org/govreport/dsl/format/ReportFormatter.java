package org.govreport.dsl.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govreport.dsl.model.HeaderFields;

/**
 * The canonical layout of a .govreport file: header fields as {@code 机关：江城镇}, headings trimmed, the
 * columns of each table aligned (numbers to the right), separators written {@code |}, one blank line at
 * most, a final line break. Prose blocks and comments are kept byte for byte. It works on the text alone
 * (the grammar is line-oriented), so the command line, the language server and the editor format alike,
 * and a file with syntax errors is still formatted line by line. Formatting is idempotent.
 */
public final class ReportFormatter {
	private static final String PROSE_QUOTES = "\"\"\"";
	private static final char COMMENT_START = '#';

	public String format(String text) {
		String lineBreak = text.contains("\r\n") ? "\r\n" : "\n";
		List<String> out = new ArrayList<>();
		TableBlock table = new TableBlock();
		boolean inProse = false;
		for (String line : text.split("\r?\n", -1)) {
			if (inProse) {
				out.add(line);
				inProse = !line.contains(PROSE_QUOTES);
				continue;
			}
			String trimmed = Spaces.strip(line);
			if (trimmed.startsWith(PROSE_QUOTES)) {
				flush(table, out);
				out.add(line);
				inProse = !trimmed.substring(PROSE_QUOTES.length()).contains(PROSE_QUOTES);
				continue;
			}
			int commentStart = line.indexOf(COMMENT_START);
			String code = commentStart < 0 ? line : line.substring(0, commentStart);
			String comment = commentStart < 0 ? "" : line.substring(commentStart);
			if (TableLineText.isTableCode(code)) {
				TableLineText tableLine = TableLineText.parse(code, comment);
				if (table.startsAnotherTable(tableLine)) {
					flush(table, out);
				}
				table.add(tableLine);
				continue;
			}
			flush(table, out);
			if (trimmed.isEmpty()) {
				addBlankLine(out);
			} else if (Spaces.strip(code).isEmpty()) {
				out.add(line);
			} else {
				out.add(withComment(field(code).orElseGet(() -> Spaces.strip(code)), comment));
			}
		}
		flush(table, out);
		while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
			out.remove(out.size() - 1);
		}
		return out.isEmpty() ? "" : String.join(lineBreak, out) + lineBreak;
	}

	private static void flush(TableBlock table, List<String> out) {
		if (!table.isEmpty()) {
			out.addAll(table.layOut());
		}
	}

	/** Blank lines separate; more than one in a row, or before the first line, say nothing more. */
	private static void addBlankLine(List<String> out) {
		if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
			out.add("");
		}
	}

	/** {@code 机关 : 江城镇} → {@code 机关：江城镇}; English keys keep an ASCII colon. */
	private static Optional<String> field(String code) {
		int colon = indexOfColon(code);
		if (colon < 0) {
			return Optional.empty();
		}
		String key = Spaces.strip(code.substring(0, colon));
		String value = Spaces.strip(code.substring(colon + 1));
		return HeaderFields.canonical(key)
				.map(canonical -> Spaces.strip(key + (canonical.equals(key) ? "：" : ": ") + value));
	}

	private static int indexOfColon(String code) {
		for (int i = 0; i < code.length(); i++) {
			if (code.charAt(i) == ':' || code.charAt(i) == '：') {
				return i;
			}
		}
		return -1;
	}

	private static String withComment(String code, String comment) {
		return comment.isEmpty() ? code : code + " " + comment;
	}
}
