package org.govreport.dsl.format;

import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.model.HeaderFields;
import org.govreport.dsl.parsing.source.SourceCell;
import org.govreport.dsl.parsing.source.SourceLine;
import org.govreport.dsl.parsing.source.SourceText;
import org.govreport.dsl.parsing.LineBreaks;

/**
 * The canonical layout of a .govreport file: header fields as {@code 机关：江城镇}, headings trimmed, the
 * columns of each table aligned (numbers to the right), separators written {@code |}, one blank line at
 * most, a final line break in the file's own line-end style ({@link LineBreaks#dominant}). The text is read
 * by the language's parser, so lines are what the checks call lines; prose blocks, comments and every
 * line with a syntax error are kept as written. Formatting is idempotent.
 */
public final class ReportFormatter {

	public String format(String text) {
		ParsedLines parsed = new ParsedLines(text);
		List<String> out = new ArrayList<>();
		TableBlock table = new TableBlock();
		for (int i = 0; i < parsed.lines.size(); i++) {
			String line = parsed.lines.get(i);
			SourceLine element = parsed.isVerbatim(i) ? null : parsed.element(i);
			if (element instanceof SourceLine.TableLine row) {
				TableLineText tableLine = tableLine(parsed, row, parsed.comment(i));
				if (table.startsAnotherTable(tableLine)) {
					flush(table, out);
				}
				table.add(tableLine);
				continue;
			}
			flush(table, out);
			if (element == null) {
				if (!parsed.isVerbatim(i) && Spaces.strip(line).isEmpty()) {
					addBlankLine(out);
				} else {
					out.add(line);
				}
			} else {
				out.add(withComment(code(parsed, element), parsed.comment(i)));
			}
		}
		flush(table, out);
		while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
			out.remove(out.size() - 1);
		}
		String lineBreak = LineBreaks.dominant(text);
		return out.isEmpty() ? "" : String.join(lineBreak, out) + lineBreak;
	}

	/** {@code 机关 : 江城镇} → {@code 机关：江城镇}; English keys keep an ASCII colon. Headings are trimmed. */
	private static String code(ParsedLines parsed, SourceLine element) {
		if (element instanceof SourceLine.FieldLine field) {
			String key = parsed.written(field.key().range());
			String value = field.value() == null ? "" : Spaces.strip(parsed.written(field.value().range()));
			boolean chinese = HeaderFields.canonical(key).map(key::equals).orElse(true);
			return Spaces.strip(key + (chinese ? "：" : ": ") + value);
		}
		return Spaces.strip(parsed.written(element.range()));
	}

	private static TableLineText tableLine(ParsedLines parsed, SourceLine.TableLine row, String comment) {
		SourceText label = row.label();
		List<String> cells = new ArrayList<>();
		for (SourceCell cell : row.cells()) {
			cells.add(cell.isEmpty() ? "" : parsed.written(cell.range()));
		}
		return TableLineText.of(label == null ? "" : parsed.written(label.range()), cells, comment);
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

	private static String withComment(String code, String comment) {
		return comment.isEmpty() ? code : code + " " + comment;
	}
}
