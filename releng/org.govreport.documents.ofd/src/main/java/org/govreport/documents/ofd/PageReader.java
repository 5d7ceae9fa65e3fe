package org.govreport.documents.ofd;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.govreport.documents.ofd.PrintedPage.Mark;
import org.govreport.documents.ofd.PrintedPage.Shape;
import org.govreport.dsl.generator.pdf.PdfFace;

/**
 * Reads the pages of a PDF back as {@link PrintedPage}s in one pass over each page's content: the
 * characters with their positions, gathered into {@link TextRuns}, and the shapes of the tables. The PDF is
 * this project's own ({@link org.govreport.dsl.generator.pdf.PdfRenderer}): upright text, a text object for
 * each line of a paragraph or a cell, straight rules, no images or curves.
 */
final class PageReader extends PDFGraphicsStreamEngine {
	private static final double MILLIMETRES_PER_POINT = 25.4 / 72;
	private static final int WHITE = 0xffffff;
	private static final int NO_CLIP = -1;

	private final double pageHeight;
	private final Map<String, PdfFace> faces;
	private final List<Mark> marks = new ArrayList<>();
	private final TextRuns runs = new TextRuns(marks);
	/** The path being built, in the PDF's device space. */
	private final List<List<Point2D>> subpaths = new ArrayList<>();
	/** Where each character has been printed on the page: x and baseline. */
	private final Map<String, List<double[]>> printed = new HashMap<>();
	private Point2D current = new Point2D.Double();
	/** The winding rule of a clip waiting for its path to end, if any. */
	private int pendingClip = NO_CLIP;
	private PDColor lastColor;
	private int lastRgb;

	private PageReader(PDPage page, Map<String, PdfFace> faces) {
		super(page);
		this.pageHeight = page.getMediaBox().getHeight();
		this.faces = faces;
	}

	static List<PrintedPage> read(PDDocument pdf) throws IOException {
		var faces = new HashMap<String, PdfFace>();
		var pages = new ArrayList<PrintedPage>();
		for (PDPage page : pdf.getPages()) {
			var reader = new PageReader(page, faces);
			reader.processPage(page);
			reader.runs.finish();
			var box = page.getMediaBox();
			pages.add(new PrintedPage(mm(box.getWidth()), mm(box.getHeight()), reader.marks));
		}
		return pages;
	}

	/** A line of one cell ends here: the next text, though on the same baseline, is another cell's. */
	@Override
	public void endText() {
		runs.finish();
	}

	@Override
	protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
		var unicode = font.toUnicode(code);
		if (unicode == null || unicode.isBlank()) {
			return;
		}
		double size = textRenderingMatrix.getScalingFactorY();
		double advance = displacement.getX() * textRenderingMatrix.getScalingFactorX();
		double x = mm(textRenderingMatrix.getTranslateX());
		double baseline = mm(pageHeight - textRenderingMatrix.getTranslateY());
		var face = faces.computeIfAbsent(font.getName(), PageReader::face);
		int rgb = rgb(getGraphicsState().getNonStrokingColor());
		if (overprints(unicode, x, baseline, mm(advance) / 3)) {
			return;
		}
		unicode.codePoints().forEach(codePoint -> runs.add(face, mm(size), x, baseline, rgb, Character.toString(codePoint), mm(advance)));
	}

	/**
	 * Whether the character is printed again where it already stands (within a third of its width): a
	 * reader's text should hold it once, as PDFBox's text extraction does. The PDF's layout avoids that
	 * (openhtmltopdf printed the top of a repeated header a second time over a table's first page when a
	 * page break cut a merged cell); this keeps the OFD's text right should it happen again.
	 */
	private boolean overprints(String character, double x, double baseline, double tolerance) {
		var places = printed.computeIfAbsent(character, key -> new ArrayList<>());
		for (double[] place : places) {
			if (Math.abs(place[0] - x) <= tolerance && Math.abs(place[1] - baseline) <= tolerance) {
				return true;
			}
		}
		places.add(new double[] { x, baseline });
		return false;
	}

	/** @throws IllegalStateException when the PDF printed with a font of its own, which ours never do */
	private static PdfFace face(String pdfFontName) {
		return PdfFace.ofPdfFont(pdfFontName)
				.orElseThrow(() -> new IllegalStateException("the PDF uses a font that is none of ours: " + pdfFontName));
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		subpaths.add(new ArrayList<>(List.of(p0, p1, p2, p3)));
	}

	@Override
	public void moveTo(float x, float y) {
		current = new Point2D.Float(x, y);
		subpaths.add(new ArrayList<>(List.of(current)));
	}

	@Override
	public void lineTo(float x, float y) {
		current = new Point2D.Float(x, y);
		if (subpaths.isEmpty()) {
			subpaths.add(new ArrayList<>());
		}
		subpaths.get(subpaths.size() - 1).add(current);
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		lineTo(x3, y3);
	}

	@Override
	public void fillPath(int windingRule) throws IOException {
		int rgb = rgb(getGraphicsState().getNonStrokingColor());
		if (rgb != WHITE) {
			var polygons = subpaths.stream().filter(points -> points.size() > 2).toList();
			paint(new Shape(mm(clip().fill(polygons)), 0, rgb));
		}
		endPath();
	}

	@Override
	public void strokePath() throws IOException {
		int rgb = rgb(getGraphicsState().getStrokingColor());
		if (rgb != WHITE) {
			double width = getGraphicsState().getLineWidth() * getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX();
			var lines = subpaths.stream().filter(points -> points.size() > 1).toList();
			paint(new Shape(mm(clip().strokesInside(lines, width)), Math.max(mm(width), 0.05), rgb));
			paint(new Shape(mm(clip().strokesCut(lines, width)), 0, rgb));
		}
		endPath();
	}

	private Clip clip() {
		return new Clip(getGraphicsState().getCurrentClippingPath());
	}

	/** One shape after another in the same paint is one shape: fewer, larger path objects in the OFD. */
	private void paint(Shape shape) {
		if (shape.paths().isEmpty()) {
			return;
		}
		runs.finish();
		var last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
		if (last instanceof Shape previous && previous.paintsLike(shape)) {
			var paths = new ArrayList<>(previous.paths());
			paths.addAll(shape.paths());
			marks.set(marks.size() - 1, new Shape(paths, shape.lineWidth(), shape.rgb()));
		} else {
			marks.add(shape);
		}
	}

	@Override
	public void fillAndStrokePath(int windingRule) throws IOException {
		fillPath(windingRule);
	}

	/** A clip (W) takes effect when the path it clips to ends, as in PDFBox's own page drawer. */
	@Override
	public void endPath() {
		if (pendingClip != NO_CLIP) {
			var path = new GeneralPath(pendingClip);
			for (List<Point2D> points : subpaths) {
				path.moveTo(points.get(0).getX(), points.get(0).getY());
				points.subList(1, points.size()).forEach(point -> path.lineTo(point.getX(), point.getY()));
				path.closePath();
			}
			getGraphicsState().intersectClippingPath(path);
			pendingClip = NO_CLIP;
		}
		subpaths.clear();
	}

	@Override
	public void drawImage(PDImage image) {
		// the report's pages have no images
	}

	@Override
	public void clip(int windingRule) {
		pendingClip = windingRule;
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

	/** Device space to the page's millimetres from its top left corner. */
	private List<List<double[]>> mm(List<List<Point2D>> paths) {
		return paths.stream().map(points -> points.stream()
				.map(device -> new double[] { mm(device.getX()), mm(pageHeight - device.getY()) }).toList()).toList();
	}

	/** The colour as RGB, remembered: text asks for it at every character, and it seldom changes. */
	private int rgb(PDColor color) throws IOException {
		if (color != lastColor) {
			lastRgb = color.toRGB() & WHITE;
			lastColor = color;
		}
		return lastRgb;
	}

	static double mm(double points) {
		return points * MILLIMETRES_PER_POINT;
	}
}
