package org.govreport.documents.ofd;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the pages of a PDF back as {@link PrintedPage}s: the characters with their positions (PDFBox's
 * text stripper) and the rules of the tables (its graphics engine). The PDF is this project's own, laid
 * out by openhtmltopdf: text, filled rectangles and straight lines, no images or curves.
 */
final class PageReader {
	private static final double MILLIMETRES_PER_POINT = 25.4 / 72;

	private PageReader() {
	}

	static List<PrintedPage> read(PDDocument pdf) throws IOException {
		var pages = new ArrayList<PrintedPage>();
		for (int index = 0; index < pdf.getNumberOfPages(); index++) {
			var page = pdf.getPage(index);
			var box = page.getMediaBox();
			var rules = new Rules(page);
			rules.processPage(page);
			pages.add(new PrintedPage(mm(box.getWidth()), mm(box.getHeight()), glyphs(pdf, index + 1), rules.found));
		}
		return pages;
	}

	private static List<PrintedPage.Glyph> glyphs(PDDocument pdf, int pageNumber) throws IOException {
		var glyphs = new ArrayList<PrintedPage.Glyph>();
		var stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				for (TextPosition position : positions) {
					if (!position.getUnicode().isBlank()) {
						glyphs.add(new PrintedPage.Glyph(position.getUnicode(), mm(position.getXDirAdj()),
								mm(position.getYDirAdj()), mm(position.getFontSizeInPt()), position.getFont().getName()));
					}
				}
			}
		};
		stripper.setStartPage(pageNumber);
		stripper.setEndPage(pageNumber);
		stripper.getText(pdf);
		return glyphs;
	}

	static double mm(double points) {
		return points * MILLIMETRES_PER_POINT;
	}

	/** The black shapes a page fills or strokes, in device space turned upside down; white fills are background. */
	private static final class Rules extends PDFGraphicsStreamEngine {
		private final double pageHeight;
		private final List<PrintedPage.Shape> found = new ArrayList<>();
		private final List<List<double[]>> subpaths = new ArrayList<>();
		private Point2D current = new Point2D.Double();

		Rules(PDPage page) {
			super(page);
			pageHeight = page.getMediaBox().getHeight();
		}

		@Override
		public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
			subpaths.add(new ArrayList<>(List.of(point(p0), point(p1), point(p2), point(p3))));
		}

		@Override
		public void moveTo(float x, float y) {
			current = new Point2D.Float(x, y);
			subpaths.add(new ArrayList<>(List.<double[]>of(point(current))));
		}

		@Override
		public void lineTo(float x, float y) {
			current = new Point2D.Float(x, y);
			if (subpaths.isEmpty()) {
				subpaths.add(new ArrayList<>());
			}
			subpaths.get(subpaths.size() - 1).add(point(current));
		}

		@Override
		public void fillPath(int windingRule) throws IOException {
			if (black(getGraphicsState().getNonStrokingColor().toRGB())) {
				subpaths.stream().filter(points -> points.size() > 2).forEach(points -> found.add(new PrintedPage.Shape(points, 0)));
			}
			endPath();
		}

		@Override
		public void strokePath() throws IOException {
			if (black(getGraphicsState().getStrokingColor().toRGB())) {
				double width = getGraphicsState().getLineWidth() * getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX();
				subpaths.stream().filter(points -> points.size() > 1)
						.forEach(points -> found.add(new PrintedPage.Shape(points, Math.max(mm(width), 0.05))));
			}
			endPath();
		}

		@Override
		public void fillAndStrokePath(int windingRule) throws IOException {
			fillPath(windingRule);
		}

		@Override
		public void endPath() {
			subpaths.clear();
		}

		@Override
		public void drawImage(PDImage image) {
			// the report's pages have no images
		}

		@Override
		public void clip(int windingRule) {
			// openhtmltopdf clips only to the page's text area, which nothing crosses
		}

		@Override
		public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
			lineTo(x3, y3);
		}

		@Override
		public Point2D getCurrentPoint() {
			return current;
		}

		@Override
		public void closePath() {
			// a filled subpath is closed by the fill; strokes here are open lines
		}

		@Override
		public void shadingFill(COSName shadingName) {
			// no shadings in the report's pages
		}

		private double[] point(Point2D device) {
			return new double[] { mm(device.getX()), mm(pageHeight - device.getY()) };
		}

		private static boolean black(int rgb) {
			return (rgb & 0xffffff) == 0;
		}
	}
}
