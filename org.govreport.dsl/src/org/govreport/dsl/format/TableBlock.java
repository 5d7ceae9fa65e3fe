package org.govreport.dsl.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of table lines belonging to one table (a header line starts a new run), laid out with every
 * column as wide as its widest cell.
 */
final class TableBlock {
	private static final String SEPARATOR = " | ";

	private final List<TableLineText> lines = new ArrayList<>();

	boolean isEmpty() {
		return lines.isEmpty();
	}

	/** Whether this line starts another table, so the block before it should be laid out on its own. */
	boolean startsAnotherTable(TableLineText line) {
		return line.isHeader() && lines.stream().anyMatch(written -> !written.isHeader());
	}

	void add(TableLineText line) {
		lines.add(line);
	}

	List<String> layOut() {
		int columns = lines.stream().mapToInt(line -> line.cells().size()).max().orElse(0);
		int labelWidth = lines.stream().mapToInt(line -> TextWidth.of(line.label())).max().orElse(0);
		int[] widths = new int[columns];
		for (TableLineText line : lines) {
			for (int i = 0; i < line.cells().size(); i++) {
				widths[i] = Math.max(widths[i], TextWidth.of(line.cells().get(i)));
			}
		}
		List<String> laidOut = new ArrayList<>();
		for (TableLineText line : lines) {
			laidOut.add(layOut(line, labelWidth, widths));
		}
		lines.clear();
		return laidOut;
	}

	private static String layOut(TableLineText line, int labelWidth, int[] widths) {
		StringBuilder text = new StringBuilder(Spaces.pad(line.label(), labelWidth, false));
		for (int i = 0; i < line.cells().size(); i++) {
			String cell = line.cells().get(i);
			text.append(SEPARATOR).append(Spaces.pad(cell, widths[i], TableLineText.isNumeric(cell)));
		}
		String code = Spaces.strip(text.toString()).isEmpty() ? "" : stripTrailing(text.toString());
		return line.comment().isEmpty() ? code : code + " " + line.comment();
	}

	private static String stripTrailing(String text) {
		int end = text.length();
		while (end > 0 && Spaces.isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end);
	}
}
