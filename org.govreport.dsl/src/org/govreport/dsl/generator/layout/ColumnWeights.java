package org.govreport.dsl.generator.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Relative column widths, in characters, from what the columns print: a label column as wide as its
 * longest label (up to a limit, then it wraps as in the official form), a figure column as wide as its
 * header, a group column narrow, since its label is printed in a few short lines.
 */
final class ColumnWeights {
	private static final int GROUP = 4;
	private static final int MIN_LABEL = 4;
	private static final int MAX_LABEL = 14;
	private static final int MIN_FIGURE = 4;
	private static final int MAX_FIGURE = 5;

	private ColumnWeights() {
	}

	static List<Integer> of(List<List<PrintedCell>> headerRows, List<List<PrintedCell>> bodyRows) {
		int count = bodyRows.isEmpty() ? 0 : bodyRows.get(0).stream().mapToInt(PrintedCell::columnSpan).sum();
		var weights = new ArrayList<Integer>();
		for (int column = 0; column < count; column++) {
			var body = singleCells(bodyRows, column);
			var role = body.isEmpty() ? CellRole.LABEL : body.get(0).role();
			weights.add(switch (role) {
			case GROUP -> GROUP;
			case VALUE -> clamp(longest(singleCells(headerRows, column)), MIN_FIGURE, MAX_FIGURE);
			default -> clamp(longest(body), MIN_LABEL, MAX_LABEL);
			});
		}
		return List.copyOf(weights);
	}

	/** The origin cells one column wide that stand in a grid column. */
	private static List<PrintedCell> singleCells(List<List<PrintedCell>> rows, int column) {
		var found = new ArrayList<PrintedCell>();
		for (List<PrintedCell> row : rows) {
			int at = 0;
			for (PrintedCell cell : row) {
				if (at == column && cell.columnSpan() == 1 && !cell.continuation()) {
					found.add(cell);
				}
				at += cell.columnSpan();
			}
		}
		return found;
	}

	private static int longest(List<PrintedCell> cells) {
		return cells.stream().mapToInt(cell -> cell.text().length()).max().orElse(0);
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}
}
