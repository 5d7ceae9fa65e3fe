package org.govreport.dsl.generator.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.generator.layout.CellRole;
import org.govreport.dsl.generator.layout.PrintedCell;
import org.govreport.dsl.generator.layout.PrintedTable;
import org.govreport.dsl.template.PrintLayout;

/**
 * Sets a table on the pages: the full text width, shared out by the columns' weights; 五号, or 小五 when
 * wide; every cell ruled, its text centred (a row label's set left). A table runs across pages with its
 * header rows repeated under the top margin, and a row is never split. A label merged down over body rows
 * (三、本年度办理结果) is printed from the top of its first row and runs down over the others without
 * making the first taller; with no rules between them, the rows read as one merged cell wherever a page
 * break falls, and a break closes the table with a rule under its last row on the page.
 */
final class TableSetter {
	private static final float PADDING = (float) PrintLayout.CELL_PADDING_POINTS;
	private static final float RULE = (float) PrintLayout.RULE_POINTS;

	private final PageFlow flow;
	private final PrintedTable table;
	private final float points;
	private final float lineHeight;
	private final float[] columnX;
	private final float[] headerHeights;
	private final float[] bodyHeights;
	/** The labels merged down over body rows, being printed, by grid column. */
	private final Map<Integer, HeldLabel> held = new HashMap<>();

	TableSetter(PageFlow flow, PrintedTable table) {
		this.flow = flow;
		this.table = table;
		this.points = (float) PrintLayout.tablePoints(table.columnCount());
		this.lineHeight = points * (float) PrintLayout.TABLE_LINE_SPACING;
		columnX = new float[table.columnCount() + 1];
		columnX[0] = flow.left();
		int weights = 0;
		for (int column = 0; column < table.columnCount(); column++) {
			weights += table.columnWeights().get(column);
			columnX[column + 1] = flow.left() + flow.textWidth() * weights / table.totalWeight();
		}
		headerHeights = heights(table.headerRows());
		bodyHeights = heights(table.bodyRows());
	}

	/** The height of the header rows and the first body row, which a page must have room for. */
	float headHeight() {
		return sum(headerHeights, 0, headerHeights.length) + (bodyHeights.length > 0 ? bodyHeights[0] : 0);
	}

	void set() throws IOException {
		flow.needs(headHeight());
		header();
		var rows = table.bodyRows();
		for (int row = 0; row < rows.size(); row++) {
			if (bodyHeights[row] > flow.room() + 0.01f) {
				flow.rule(columnX[0], flow.y(), columnX[columnX.length - 1], flow.y());
				flow.strokeRules();
				flow.newPage();
				header();
				float top = flow.y() - PADDING;
				held.values().forEach(label -> label.top = top);
			}
			bodyRow(row);
		}
	}

	private void header() throws IOException {
		var rows = table.headerRows();
		// the texts first, then the rules: a PDF path takes no text between its pieces
		for (boolean rules : new boolean[] { false, true }) {
			float top = flow.y();
			for (int row = 0; row < rows.size(); row++) {
				int column = 0;
				for (PrintedCell cell : rows.get(row)) {
					if (!cell.continuation()) {
						float height = sum(headerHeights, row, row + cell.rowSpan());
						if (rules) {
							box(column, cell.columnSpan(), top, top - height, true, true);
						} else {
							cell(cell, column, top, height);
						}
					}
					column += cell.columnSpan();
				}
				top -= headerHeights[row];
			}
		}
		flow.strokeRules();
		flow.down(sum(headerHeights, 0, headerHeights.length));
	}

	private void bodyRow(int row) throws IOException {
		float top = flow.y();
		float bottom = top - bodyHeights[row];
		var cells = table.bodyRows().get(row);
		int column = 0;
		for (PrintedCell cell : cells) {
			if (cell.rowSpan() > 1) {
				if (!cell.continuation()) {
					held.put(column, new HeldLabel(cell, column, top - PADDING, row + cell.rowSpan() - 1));
				}
				held.get(column).print(row, bottom);
			} else if (!cell.continuation()) {
				cell(cell, column, top, bodyHeights[row]);
			}
			column += cell.columnSpan();
		}
		column = 0;
		for (PrintedCell cell : cells) {
			if (cell.rowSpan() > 1) {
				boolean last = held.get(column).lastRow == row;
				box(column, cell.columnSpan(), top, bottom, !cell.continuation(), last);
				if (last) {
					held.remove(column);
				}
			} else if (!cell.continuation()) {
				box(column, cell.columnSpan(), top, bottom, true, true);
			}
			column += cell.columnSpan();
		}
		flow.strokeRules();
		flow.down(bodyHeights[row]);
	}

	/** Prints a cell's text in the middle of its box. */
	private void cell(PrintedCell cell, int column, float top, float height) throws IOException {
		var lines = lines(cell, column);
		float textTop = top - (height - lines.size() * lineHeight) / 2;
		for (LineBreaker.Line line : lines) {
			flow.text(line.glyphs(), x(cell, column, line), textTop, lineHeight, points, 0);
			textTop -= lineHeight;
		}
	}

	private float x(PrintedCell cell, int column, LineBreaker.Line line) {
		float left = columnX[column];
		if (cell.role() == CellRole.LABEL) {
			return left + PADDING + RULE / 2;
		}
		return left + (columnX[column + cell.columnSpan()] - left - line.width()) / 2;
	}

	/** Rules a cell's box; a held label's rows leave out the rules between them. */
	private void box(int column, int span, float top, float bottom, boolean ruleAbove, boolean ruleBelow) throws IOException {
		float left = columnX[column];
		float right = columnX[column + span];
		flow.rule(left, top, left, bottom);
		flow.rule(right, top, right, bottom);
		if (ruleAbove) {
			flow.rule(left, top, right, top);
		}
		if (ruleBelow) {
			flow.rule(left, bottom, right, bottom);
		}
	}

	private List<LineBreaker.Line> lines(PrintedCell cell, int column) {
		var face = cell.role() == CellRole.TITLE ? PdfFace.HEI : PdfFace.SONG;
		float width = columnX[column + cell.columnSpan()] - columnX[column] - 2 * PADDING - RULE;
		return LineBreaker.lines(flow.glyphs().glyphs(cell.text(), face, points), width, 0);
	}

	/**
	 * Each row's height: its tallest cell of one row; a cell over several rows, a header or a label held
	 * over body rows, gets what it lacks added to its last row, so that its text ends inside it.
	 */
	private float[] heights(List<List<PrintedCell>> rows) {
		var heights = new float[rows.size()];
		var spanning = new ArrayList<Span>();
		for (int row = 0; row < rows.size(); row++) {
			heights[row] = lineHeight + 2 * PADDING;
			int column = 0;
			for (PrintedCell cell : rows.get(row)) {
				if (!cell.continuation()) {
					float height = lines(cell, column).size() * lineHeight + 2 * PADDING;
					if (cell.rowSpan() == 1) {
						heights[row] = Math.max(heights[row], height);
					} else {
						spanning.add(new Span(row, row + cell.rowSpan() - 1, height));
					}
				}
				column += cell.columnSpan();
			}
		}
		for (Span span : spanning) {
			float lacking = span.height() - sum(heights, span.first(), span.last() + 1);
			if (lacking > 0) {
				heights[span.last()] += lacking;
			}
		}
		return heights;
	}

	private static float sum(float[] heights, int from, int to) {
		float sum = 0;
		for (int i = from; i < to && i < heights.length; i++) {
			sum += heights[i];
		}
		return sum;
	}

	/** A cell over the rows from first to last, and the height its text needs. */
	private record Span(int first, int last, float height) {
	}

	/** A label merged down over body rows, printed a line at a time as its rows reach down the page. */
	private final class HeldLabel {
		private final PrintedCell cell;
		private final int column;
		private final List<LineBreaker.Line> lines;
		private final int lastRow;
		private int next;
		/** The top of the next line to print. */
		private float top;

		HeldLabel(PrintedCell cell, int column, float top, int lastRow) {
			this.cell = cell;
			this.column = column;
			this.lines = lines(cell, column);
			this.top = top;
			this.lastRow = lastRow;
		}

		/**
		 * Prints the lines that fit above the bottom of a row just set; at the label's last row, all that are
		 * left (after a page break the rows below it may hold fewer lines than the label has left).
		 */
		void print(int row, float bottom) throws IOException {
			while (next < lines.size() && (row == lastRow || top - lineHeight >= bottom - 0.01f)) {
				var line = lines.get(next++);
				flow.text(line.glyphs(), x(cell, column, line), top, lineHeight, points, 0);
				top -= lineHeight;
			}
		}
	}
}
