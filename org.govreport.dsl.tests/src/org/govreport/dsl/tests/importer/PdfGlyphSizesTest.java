package org.govreport.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * A character printed twice at one place (bold without a bold face) is read once, but the same character
 * in another size elsewhere on the page is another character: a 9pt W of a table header once hid a 16pt W
 * of a heading far from it, where the positions divided by each glyph's own grid happened to agree.
 */
class PdfGlyphSizesTest {
	/** A new page is US Letter: 612 by 792 points. */
	private static final float PAGE_HEIGHT = 792;

	@Test
	void aSmallGlyphDoesNotHideALargeOneElsewhere() throws Exception {
		// Helvetica's W is 0.944 em wide: grids of 2.83 (9pt) and 5.03 (16pt) put both at cell (20, 40)
		var layout = layout(new float[][] { { 9, 56.6f, 113.2f }, { 16, 100, 200 } });
		assertEquals("W\nW", layout.strip().replaceAll("[ \\f]+", ""));
	}

	@Test
	void aGlyphPrintedTwiceAtOnePlaceIsReadOnce() throws Exception {
		var layout = layout(new float[][] { { 16, 100, 200 }, { 16, 100.4f, 200 } });
		assertEquals("W", layout.strip());
	}

	/** @param glyphs a W each: font size, x and the baseline's distance from the top of the page */
	private static String layout(float[][] glyphs) throws Exception {
		try (var document = new PDDocument()) {
			var page = new PDPage();
			document.addPage(page);
			var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			try (var content = new PDPageContentStream(document, page)) {
				for (float[] glyph : glyphs) {
					content.beginText();
					content.setFont(font, glyph[0]);
					content.newLineAtOffset(glyph[1], PAGE_HEIGHT - glyph[2]);
					content.showText("W");
					content.endText();
				}
			}
			var bytes = new ByteArrayOutputStream();
			document.save(bytes);
			// the reader is the importer's own; the importer's public entry wants a whole report around it
			var layout = Class.forName("org.govreport.dsl.importer.PdfSource").getDeclaredMethod("layout", byte[].class);
			layout.setAccessible(true);
			return (String) layout.invoke(null, (Object) bytes.toByteArray());
		}
	}
}
