package org.govreport.dsl.ui.problems;

import java.util.ArrayList;
import java.util.List;

/**
 * A message broken into lines a tooltip can show: at most {@link #COLUMNS} columns, a Chinese character
 * taking two (as in the editor's font), breaking after a space or a Chinese punctuation mark where one is near.
 */
final class WrappedText {
	static final int COLUMNS = 80;
	private static final String BREAK_AFTER = " ，。；：、）)";

	private WrappedText() {
	}

	static String wrap(String message) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : message.split("\n", -1)) {
			wrapInto(paragraph, lines);
		}
		return String.join("\n", lines);
	}

	private static void wrapInto(String paragraph, List<String> lines) {
		int start = 0;
		while (columns(paragraph, start, paragraph.length()) > COLUMNS) {
			int end = start;
			int breakAt = -1;
			while (columns(paragraph, start, end + 1) <= COLUMNS) {
				if (BREAK_AFTER.indexOf(paragraph.charAt(end)) >= 0) {
					breakAt = end + 1;
				}
				end++;
			}
			// a break point in the last quarter of the line keeps words and clauses whole; otherwise cut
			int cut = breakAt > start + (end - start) * 3 / 4 ? breakAt : end;
			lines.add(paragraph.substring(start, cut).stripTrailing());
			start = cut;
		}
		lines.add(paragraph.substring(start));
	}

	static int columns(String text, int from, int to) {
		int columns = 0;
		for (int i = from; i < to; i++) {
			columns += Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN || text.charAt(i) >= 0xFF00
					|| (text.charAt(i) >= 0x3000 && text.charAt(i) < 0x3040) ? 2 : 1;
		}
		return columns;
	}
}
