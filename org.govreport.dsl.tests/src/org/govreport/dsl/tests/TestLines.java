package org.govreport.dsl.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.govreport.dsl.model.source.SourceCell;
import org.govreport.dsl.model.source.SourceLine;
import org.govreport.dsl.model.source.SourceRange;
import org.govreport.dsl.model.source.SourceText;

/**
 * A test-only stand-in for the Xtext parser: splits .govreport text into {@link SourceLine}s with the
 * grammar's line semantics (fields, headings, prose blocks, table lines, comments), so the language core
 * can be tested without EMF.
 */
public final class TestLines {
	private static final Pattern FIELD = Pattern.compile("^(机关|年度|格式|层级|上年报告|organ|year|template|level|previous)\\s*[:：]\\s*(.*)$");
	private static final Pattern NUMBER = Pattern.compile("^[+-]?\\d+(?:\\.\\d+)?");
	private static final String PROSE_QUOTES = "\"\"\"";

	private final String text;
	private final List<SourceLine> lines = new ArrayList<>();
	private final int[] lineStarts;

	private TestLines(String text) {
		this.text = text;
		var starts = new ArrayList<Integer>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
	}

	public static List<SourceLine> parse(String text) {
		var parser = new TestLines(text);
		parser.run();
		return parser.lines;
	}

	private void run() {
		int position = 0;
		while (position < text.length()) {
			int end = text.indexOf('\n', position);
			if (end < 0) {
				end = text.length();
			}
			var raw = text.substring(position, end);
			if (raw.strip().startsWith(PROSE_QUOTES)) {
				int open = text.indexOf(PROSE_QUOTES, position) + PROSE_QUOTES.length();
				int close = text.indexOf(PROSE_QUOTES, open);
				lines.add(new SourceLine.ProseLine(text(open, close), range(open, close)));
				end = text.indexOf('\n', close);
				position = end < 0 ? text.length() : end + 1;
				continue;
			}
			int comment = raw.indexOf('#');
			line(position, comment < 0 ? raw : raw.substring(0, comment));
			position = end + 1;
		}
	}

	private void line(int start, String content) {
		if (content.isBlank()) {
			return;
		}
		var field = FIELD.matcher(content.strip());
		int lead = start + (content.length() - content.stripLeading().length());
		var whole = range(lead, start + content.stripTrailing().length());
		if (field.matches()) {
			var key = text(lead, lead + field.group(1).length());
			int valueStart = lead + field.start(2);
			lines.add(new SourceLine.FieldLine(key, trimmed(valueStart, start + content.length()), whole));
		} else if (content.indexOf('|') >= 0 || content.indexOf('｜') >= 0) {
			tableLine(start, content, whole);
		} else {
			lines.add(new SourceLine.HeadingLine(trimmed(start, start + content.length()), whole));
		}
	}

	private void tableLine(int start, String content, SourceRange whole) {
		var pieces = new ArrayList<int[]>();
		int from = 0;
		for (int i = 0; i <= content.length(); i++) {
			if (i == content.length() || content.charAt(i) == '|' || content.charAt(i) == '｜') {
				pieces.add(new int[] { start + from, start + i });
				from = i + 1;
			}
		}
		var label = trimmed(pieces.get(0)[0], pieces.get(0)[1]);
		var cells = pieces.subList(1, pieces.size()).stream().map(piece -> cell(piece[0], piece[1])).toList();
		lines.add(new SourceLine.TableLine(label.text().isEmpty() ? null : label, cells, whole));
	}

	private SourceCell cell(int from, int to) {
		var content = trimmed(from, to);
		var range = content.range();
		if (content.text().isEmpty()) {
			return new SourceCell(range, null, null, null);
		}
		var number = NUMBER.matcher(content.text());
		if (!number.find()) {
			return new SourceCell(range, null, null, content);
		}
		int numberStart = range.offset();
		var numberText = text(numberStart, numberStart + number.end());
		var unit = trimmed(numberStart + number.end(), numberStart + content.text().length());
		return new SourceCell(range, numberText, unit.text().isEmpty() ? null : unit, null);
	}

	private SourceText trimmed(int from, int to) {
		while (from < to && Character.isWhitespace(text.charAt(from))) {
			from++;
		}
		while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
			to--;
		}
		return text(from, to);
	}

	private SourceText text(int from, int to) {
		return new SourceText(text.substring(from, to), range(from, to));
	}

	private SourceRange range(int from, int to) {
		int line = 0;
		while (line + 1 < lineStarts.length && lineStarts[line + 1] <= from) {
			line++;
		}
		return new SourceRange(from, to - from, line + 1, from - lineStarts[line] + 1);
	}
}
