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

	/** Whether a table of this many printed columns is set in the smaller size. */
	public static boolean isWide(int columnCount) {
		return columnCount >= WIDE_TABLE_COLUMNS;
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
