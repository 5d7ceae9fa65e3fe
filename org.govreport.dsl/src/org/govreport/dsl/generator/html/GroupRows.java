package org.govreport.dsl.generator.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.govreport.dsl.generator.layout.CellRole;
import org.govreport.dsl.generator.layout.PrintedCell;

/**
 * Body rows whose merged group labels are cut into one cell a row, for the paged document: the first
 * (class {@code first}) holds the label, the others ({@code continued}, the last also {@code last}) are
 * empty, and the stylesheet draws no rule between them, so that they read as one merged cell wherever a
 * page break falls.
 */
final class GroupRows {
	private final BiConsumer<PrintedCell, String> cells;
	private final StringBuilder html;

	/** @param cells writes a cell with more classes (each after a space) */
	GroupRows(BiConsumer<PrintedCell, String> cells, StringBuilder html) {
		this.cells = cells;
		this.html = html;
	}

	void write(List<List<PrintedCell>> rows) {
		// the rows a merged group label still reaches down, by grid column
		Map<Integer, Integer> below = new HashMap<>();
		for (List<PrintedCell> row : rows) {
			html.append("<tr>");
			int column = 0;
			for (PrintedCell cell : row) {
				if (cell.role() == CellRole.GROUP && cell.rowSpan() > 1) {
					if (cell.continuation()) {
						int left = below.merge(column, -1, Integer::sum);
						cells.accept(cell, left == 0 ? " continued last" : " continued");
					} else {
						below.put(column, cell.rowSpan() - 1);
						cells.accept(cell, " first");
					}
				} else if (!cell.continuation()) {
					cells.accept(cell, "");
				}
				column += cell.columnSpan();
			}
			html.append("</tr>\n");
		}
	}
}
