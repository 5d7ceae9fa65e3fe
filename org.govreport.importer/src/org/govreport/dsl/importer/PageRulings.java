package org.govreport.dsl.importer;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The vertical lines a page draws: the borders between table cells. Two glyphs with a border between
 * them stand in two cells however close they are, as in a narrow table where the text fills each cell.
 * Coordinates are the page's (y up), as the drawing operators give them after the current transformation.
 */
final class PageRulings {
	/** A border is a line or a rectangle at most this wide. */
	private static final float THINNEST = 2.5f;
	private static final float TOLERANCE = 0.5f;

	private record Vertical(float x, float bottom, float top) {
	}

	private final List<Vertical> verticals = new ArrayList<>();
	/** The lines of the path being built, kept only when it is painted (a clipping path draws nothing). */
	private final List<Vertical> path = new ArrayList<>();

	/** Whether a border stands between x0 and x1 at the height of a baseline (page coordinates, y up). */
	boolean between(float x0, float x1, float baseline, float size) {
		for (Vertical line : verticals) {
			if (line.x() > x0 - TOLERANCE && line.x() < x1 + TOLERANCE && line.bottom() <= baseline + size / 2
					&& line.top() >= baseline) {
				return true;
			}
		}
		return false;
	}

	static PageRulings of(PDPage page) throws IOException {
		var rulings = new PageRulings();
		new Collector(page, rulings).processPage(page);
		return rulings;
	}

	private void add(float x, float y0, float y1) {
		path.add(new Vertical(x, Math.min(y0, y1), Math.max(y0, y1)));
	}

	private void endPath(boolean painted) {
		if (painted) {
			verticals.addAll(path);
		}
		path.clear();
	}

	/** Records lines drawn straight down and the vertical sides of rectangles; everything else is ignored. */
	private static final class Collector extends PDFGraphicsStreamEngine {
		private final PageRulings rulings;
		private Point2D current = new Point2D.Float();

		Collector(PDPage page, PageRulings rulings) {
			super(page);
			this.rulings = rulings;
		}

		@Override
		public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
			float left = (float) Math.min(p0.getX(), p2.getX());
			float right = (float) Math.max(p0.getX(), p2.getX());
			if (right - left <= THINNEST) {
				rulings.add((left + right) / 2, (float) p0.getY(), (float) p2.getY());
			} else {
				rulings.add(left, (float) p0.getY(), (float) p2.getY());
				rulings.add(right, (float) p0.getY(), (float) p2.getY());
			}
		}

		@Override
		public void moveTo(float x, float y) {
			current = new Point2D.Float(x, y);
		}

		@Override
		public void lineTo(float x, float y) {
			if (Math.abs(x - current.getX()) <= TOLERANCE) {
				rulings.add(x, (float) current.getY(), y);
			}
			current = new Point2D.Float(x, y);
		}

		@Override
		public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
			current = new Point2D.Float(x3, y3);
		}

		@Override
		public Point2D getCurrentPoint() {
			return current;
		}

		@Override
		public void drawImage(PDImage image) {
			// pictures hold no borders
		}

		@Override
		public void clip(int windingRule) {
			// the path is a clip unless it is also painted: endPath or a painting operator follows
		}

		@Override
		public void closePath() {
			// the closing side of a path is no straight line down worth keeping
		}

		@Override
		public void endPath() {
			rulings.endPath(false);
		}

		@Override
		public void strokePath() {
			rulings.endPath(true);
		}

		@Override
		public void fillPath(int windingRule) {
			rulings.endPath(true);
		}

		@Override
		public void fillAndStrokePath(int windingRule) {
			rulings.endPath(true);
		}

		@Override
		public void shadingFill(COSName shadingName) {
			// shading is colour, not lines
		}
	}
}
