package org.govreport.documents.ofd;

import java.util.List;

/**
 * What one page of the PDF prints, in millimetres from the page's top left corner, the way OFD measures:
 * each character where the PDF sets it, and the black shapes that draw the table rules.
 */
record PrintedPage(double width, double height, List<Glyph> glyphs, List<Shape> shapes) {

	/** One character on its baseline, in the embedded font the PDF names. */
	record Glyph(String text, double x, double y, double size, String font) {
	}

	/**
	 * A polygon, filled, or (when {@code lineWidth} is positive) a stroked polyline.
	 *
	 * @param points x and y of each corner in turn
	 */
	record Shape(List<double[]> points, double lineWidth) {
		boolean stroked() {
			return lineWidth > 0;
		}
	}
}
