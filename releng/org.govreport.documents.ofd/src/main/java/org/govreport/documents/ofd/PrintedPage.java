package org.govreport.documents.ofd;

import java.util.List;

import org.govreport.dsl.generator.pdf.PdfFace;

/**
 * What one page of the PDF prints, in millimetres from the page's top left corner, the way OFD measures:
 * runs of characters and the shapes that draw the table rules, in the order the PDF paints them.
 */
record PrintedPage(double width, double height, List<Mark> marks) {

	/** Something the page paints. */
	sealed interface Mark permits TextRun, Shape {
	}

	/**
	 * Characters on one baseline in one face, size and colour, each where the PDF sets it: the line (or the
	 * piece of it in one cell) that OFD writes as one text object with the offsets between its characters.
	 *
	 * @param characters one character (a code point) each
	 * @param xs where each character starts
	 * @param end where the last character's advance ends
	 */
	record TextRun(PdfFace face, double size, double baseline, int rgb, List<String> characters, List<Double> xs, double end)
			implements Mark {
	}

	/**
	 * Polygons, filled, or (when {@code lineWidth} is positive) stroked polylines, in one colour.
	 *
	 * @param paths x and y of each corner in turn, a list per polygon or polyline
	 */
	record Shape(List<List<double[]>> paths, double lineWidth, int rgb) implements Mark {
		boolean stroked() {
			return lineWidth > 0;
		}

		boolean paintsLike(Shape other) {
			return lineWidth == other.lineWidth && rgb == other.rgb;
		}
	}
}
