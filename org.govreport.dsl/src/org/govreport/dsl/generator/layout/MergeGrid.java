package org.govreport.dsl.generator.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places origin cells with their spans on the table grid, the way an HTML table is laid out, and adds a
 * continuation slot wherever a cell from a row above reaches down.
 */
final class MergeGrid {
	private MergeGrid() {
	}

	static List<List<PrintedCell>> fill(List<List<PrintedCell>> originRows) {
		Map<Long, PrintedCell> reaching = new HashMap<>();
		var filled = new ArrayList<List<PrintedCell>>();
		for (int row = 0; row < originRows.size(); row++) {
			var slots = new ArrayList<PrintedCell>();
			int column = 0;
			for (PrintedCell cell : originRows.get(row)) {
				column = addContinuations(reaching, row, column, slots);
				slots.add(cell);
				for (int below = 1; below < cell.rowSpan(); below++) {
					reaching.put(slot(row + below, column), cell);
				}
				column += cell.columnSpan();
			}
			addContinuations(reaching, row, column, slots);
			filled.add(List.copyOf(slots));
		}
		return filled;
	}

	/** Adds the continuations that cover the grid from this column on; returns the next free column. */
	private static int addContinuations(Map<Long, PrintedCell> reaching, int row, int column, List<PrintedCell> slots) {
		PrintedCell above;
		while ((above = reaching.remove(slot(row, column))) != null) {
			slots.add(above.continued());
			column += above.columnSpan();
		}
		return column;
	}

	private static long slot(int row, int column) {
		return ((long) row << 32) | column;
	}
}
