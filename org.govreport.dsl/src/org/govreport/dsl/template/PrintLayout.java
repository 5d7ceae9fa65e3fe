package org.govreport.dsl.template;

import java.util.List;

/**
 * How a renderer prints a table when the official form differs from the rows × columns the language
 * uses. Section 四 is written as 3 rows × 5 columns but printed as one row of 15 cells under three
 * header rows with merged cells.
 *
 * <p>The print conventions that every table and page shares, whichever the template version, are here
 * too, so that the HTML stylesheet, the PDF and the Word document read the same facts.
 *
 * @param headerRows the header rows, each cell with its merges
 * @param dataRows the printed data rows, each a sequence of cells of the written table
 */
public record PrintLayout(List<List<HeaderCell>> headerRows, List<List<CellRef>> dataRows) {
	/** A4 with the margins of GB/T 9704: 37 mm top, 26 mm right, 35 mm bottom, 28 mm left. */
	public static final Page PAGE = new Page(210, 297, 37, 26, 35, 28);
	/** Tables with this many printed columns or more are set in 小五 (9 pt) instead of 五号, as the official form is. */
	public static final int WIDE_TABLE_COLUMNS = 9;
	/** The title's size, 二号. */
	public static final double TITLE_POINTS = 22;
	/** The height of each of the title's lines; under the title, one body line is left empty. */
	public static final double TITLE_LINE_POINTS = 36;
	/** Headings and body text, 三号. */
	public static final double BODY_POINTS = 16;
	/** The fixed line of headings and body text. */
	public static final double LINE_POINTS = 28;
	/** How far the first line of a paragraph or heading is indented: two characters. */
	public static final double INDENT_POINTS = 2 * BODY_POINTS;
	/** Tables, 五号; wide ones in {@link #WIDE_TABLE_POINTS}. */
	public static final double TABLE_POINTS = 10.5;
	/** Wide tables, 小五. */
	public static final double WIDE_TABLE_POINTS = 9;
	/** A table's lines, in its size. */
	public static final double TABLE_LINE_SPACING = 1.3;
	/** The space between a table cell's rules and its text. */
	public static final double CELL_PADDING_POINTS = 2;
	/** The width of a table's rules. */
	public static final double RULE_POINTS = 0.5;
	/** The space above and below a table. */
	public static final double ABOVE_TABLE_POINTS = 6;
	public static final double BELOW_TABLE_POINTS = 14;
	/** Page numbers (— 1 —), 四号, this far below the bottom margin's edge. */
	public static final double PAGE_NUMBER_POINTS = 14;
	public static final int PAGE_NUMBER_GAP_MILLIMETRES = 7;

	/** Whether a table of this many printed columns is set in the smaller size. */
	public static boolean isWide(int columnCount) {
		return columnCount >= WIDE_TABLE_COLUMNS;
	}

	/** The size a table of this many printed columns is set in. */
	public static double tablePoints(int columnCount) {
		return isWide(columnCount) ? WIDE_TABLE_POINTS : TABLE_POINTS;
	}

	/** A page and its margins, in millimetres. */
	public record Page(int width, int height, int top, int right, int bottom, int left) {
		private static final double MILLIMETRES_PER_POINT = 25.4 / 72;

		public int textWidth() {
			return width - left - right;
		}

		/** How many characters of a size (in points) fit on one line of the text width. */
		public int charactersPerLine(double points) {
			return (int) (textWidth() / (points * MILLIMETRES_PER_POINT));
		}

		/** Millimetres in twentieths of a point, Word's unit. */
		public static int twips(int millimetres) {
			return (int) Math.round(millimetres / MILLIMETRES_PER_POINT * 20);
		}
	}
}
