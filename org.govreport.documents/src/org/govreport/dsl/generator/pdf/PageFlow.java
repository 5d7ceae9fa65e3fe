package org.govreport.dsl.generator.pdf;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.govreport.dsl.template.PrintLayout;

/**
 * The pages of a PDF as they fill, top to bottom: the room left on the page, a new page when a piece does
 * not fit, the page number centred under each page (— 1 —), and the drawing of lines of glyphs and rules.
 * Everything drawn also goes into a digest, from which the document's identifier is made.
 */
final class PageFlow implements AutoCloseable {
	private static final float POINTS_PER_MILLIMETRE = 72 / 25.4f;
	/** Where a glyph's baseline sits in its em box (the faces' ascent). */
	private static final float ASCENT = 0.88f;
	private static final float PAGE_NUMBER_POINTS = (float) PrintLayout.PAGE_NUMBER_POINTS;
	private static final float RULE = (float) PrintLayout.RULE_POINTS;

	private final PDDocument document;
	private final GlyphSetter glyphs;
	private final Map<PdfFace, PDType0Font> fonts = new EnumMap<>(PdfFace.class);
	private final MessageDigest digest;
	private final PrintLayout.Page page = PrintLayout.PAGE;
	private final PDRectangle size = new PDRectangle(mm(page.width()), mm(page.height()));
	private PDPageContentStream content;
	private int pages;
	private float y;

	PageFlow(PDDocument document, GlyphSetter glyphs) {
		this.document = document;
		this.glyphs = glyphs;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	float left() {
		return mm(page.left());
	}

	float textWidth() {
		return mm(page.textWidth());
	}

	/** Where the next piece goes: its top, in points from the bottom of the page. */
	float y() {
		return y;
	}

	void down(float height) {
		y -= height;
	}

	/** The room between the top of the next piece and the bottom margin. */
	float room() {
		return y - mm(page.bottom());
	}

	boolean atTopOfPage() {
		return content == null || y >= top() - 0.01f;
	}

	/** Starts a page unless there is room for this much on this one. */
	void needs(float height) throws IOException {
		if (content == null || height > room() + 0.01f && !atTopOfPage()) {
			newPage();
		}
	}

	void newPage() throws IOException {
		finishPage();
		var current = new PDPage(size);
		document.addPage(current);
		content = new PDPageContentStream(document, current);
		pages++;
		y = top();
	}

	/** Draws a line of glyphs with its left end at x and the top of its line box at top. */
	void text(List<PrintedGlyph> line, float x, float top, float lineHeight, float points, float justification)
			throws IOException {
		if (line.isEmpty()) {
			return;
		}
		float baseline = top - (lineHeight - points) / 2 - ASCENT * points;
		content.beginText();
		content.newLineAtOffset(x, baseline);
		if (justification != 0) {
			content.setCharacterSpacing(justification);
		}
		var run = new StringBuilder();
		PdfFace face = line.get(0).face();
		for (PrintedGlyph glyph : line) {
			if (glyph.face() != face) {
				show(run, face, points);
				face = glyph.face();
			}
			run.appendCodePoint(glyph.codePoint());
		}
		show(run, face, points);
		if (justification != 0) {
			content.setCharacterSpacing(0);
		}
		content.endText();
	}

	private void show(StringBuilder run, PdfFace face, float points) throws IOException {
		if (run.length() > 0) {
			content.setFont(font(face), points);
			content.showText(run.toString());
			digest.update(run.toString().getBytes(StandardCharsets.UTF_8));
			run.setLength(0);
		}
	}

	/** A rule from one point to another. */
	void rule(float x0, float y0, float x1, float y1) throws IOException {
		content.moveTo(x0, y0);
		content.lineTo(x1, y1);
	}

	/** Strokes the rules drawn since the last stroke. */
	void strokeRules() throws IOException {
		content.setLineWidth(RULE);
		content.stroke();
	}

	GlyphSetter glyphs() {
		return glyphs;
	}

	byte[] digest() {
		return digest.digest();
	}

	@Override
	public void close() throws IOException {
		finishPage();
	}

	private void finishPage() throws IOException {
		if (content == null) {
			return;
		}
		var number = glyphs.glyphs("— " + pages + " —", PdfFace.SONG, PAGE_NUMBER_POINTS);
		float width = LineBreaker.width(number);
		float top = mm(page.bottom()) - mm(PrintLayout.PAGE_NUMBER_GAP_MILLIMETRES);
		text(number, left() + (textWidth() - width) / 2, top, PAGE_NUMBER_POINTS, PAGE_NUMBER_POINTS, 0);
		content.close();
		content = null;
	}

	private PDType0Font font(PdfFace face) throws IOException {
		var font = fonts.get(face);
		if (font == null) {
			font = PDType0Font.load(document, face.font(), true);
			fonts.put(face, font);
		}
		return font;
	}

	private float top() {
		return size.getHeight() - mm(page.top());
	}

	private static float mm(double millimetres) {
		return (float) (millimetres * POINTS_PER_MILLIMETRE);
	}
}
