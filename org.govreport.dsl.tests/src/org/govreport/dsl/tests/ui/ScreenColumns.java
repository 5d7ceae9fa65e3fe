package org.govreport.dsl.tests.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.StyledText;

/**
 * Where the {@code |} of a report's tables are drawn: for each table (a header line and the rows under it),
 * the pixel x of each row's n-th bar. Bars after a {@code #} (a comment) are not cells.
 */
record ScreenColumns(List<Table> tables) {
	private static final int TOLERANCE_PIXELS = 1;

	record Table(int firstLine, List<List<Integer>> rows) {
	}

	static ScreenColumns measure(StyledText text) {
		List<Table> tables = new ArrayList<>();
		Table current = null;
		for (int line = 0; line < text.getLineCount(); line++) {
			String content = text.getLine(line);
			String cells = content.contains("#") ? content.substring(0, content.indexOf('#')) : content;
			if (!cells.contains("|")) {
				current = null;
				continue;
			}
			if (current == null || isHeader(cells)) {
				current = new Table(line + 1, new ArrayList<>());
				tables.add(current);
			}
			List<Integer> xs = new ArrayList<>();
			int lineOffset = text.getOffsetAtLine(line);
			for (int i = cells.indexOf('|'); i >= 0; i = cells.indexOf('|', i + 1)) {
				xs.add(text.getLocationAtOffset(lineOffset + i).x);
			}
			current.rows().add(xs);
		}
		return new ScreenColumns(tables);
	}

	/** A header names columns: none of its cells after the first holds a digit. */
	private static boolean isHeader(String cells) {
		String afterFirst = cells.substring(cells.indexOf('|') + 1);
		return afterFirst.chars().noneMatch(Character::isDigit);
	}

	/** "line L, bar n at x px, table's bar n at x0 px" for every bar more than a pixel off its table's column. */
	List<String> misaligned() {
		List<String> findings = new ArrayList<>();
		for (Table table : tables) {
			List<Integer> reference = table.rows().stream().reduce((a, b) -> a.size() >= b.size() ? a : b).orElseThrow();
			for (int row = 0; row < table.rows().size(); row++) {
				List<Integer> xs = table.rows().get(row);
				for (int bar = 0; bar < xs.size() && bar < reference.size(); bar++) {
					if (Math.abs(xs.get(bar) - reference.get(bar)) > TOLERANCE_PIXELS) {
						findings.add("line " + (table.firstLine() + row) + " bar " + (bar + 1) + " at " + xs.get(bar)
								+ " px, table's at " + reference.get(bar) + " px");
					}
				}
			}
		}
		return findings;
	}
}
