package org.govreport.dsl.tests.generator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Every character a PDF page draws, where it draws it (points from the page's top left corner), as
 * PDFBox reports them before its text extraction drops a character drawn twice in one place; and the
 * page's lines, characters on one baseline from left to right.
 */
record PageGlyphs(List<PageGlyphs.Glyph> glyphs) {

	/** @param baseline from the page's top; @param size the font size in points; @param width the advance, in points */
	record Glyph(String character, double x, double baseline, double size, double width) {
		/** Where the character's em box starts, above its baseline. */
		double top() {
			return baseline - 0.88 * size;
		}
	}

	/** A line of text: its baseline and its characters from left to right. */
	record Line(double baseline, List<Glyph> glyphs) {
		String text() {
			var text = new StringBuilder();
			glyphs.forEach(glyph -> text.append(glyph.character()));
			return text.toString();
		}
	}

	static List<PageGlyphs> of(PDDocument pdf) throws IOException {
		var pages = new ArrayList<PageGlyphs>();
		for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
			var glyphs = new ArrayList<Glyph>();
			var stripper = new PDFTextStripper() {
				@Override
				protected void processTextPosition(TextPosition text) {
					if (!text.getUnicode().isBlank()) {
						glyphs.add(new Glyph(text.getUnicode(), text.getXDirAdj(), text.getYDirAdj(), text.getFontSizeInPt(),
								text.getWidthDirAdj()));
					}
				}
			};
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			stripper.getText(pdf);
			pages.add(new PageGlyphs(List.copyOf(glyphs)));
		}
		return pages;
	}

	/** The lines from the top of the page down; baselines within half a point are one line. */
	List<Line> lines() {
		var byBaseline = new TreeMap<Long, List<Glyph>>();
		for (Glyph glyph : glyphs) {
			byBaseline.computeIfAbsent(Math.round(glyph.baseline() * 2), key -> new ArrayList<>()).add(glyph);
		}
		var lines = new ArrayList<Line>();
		byBaseline.forEach((key, line) -> {
			line.sort(Comparator.comparingDouble(Glyph::x));
			lines.add(new Line(key / 2.0, List.copyOf(line)));
		});
		return lines;
	}

	/** The first character found drawn again where one like it already stands (within a tenth of a point), or null. */
	Glyph overprinted() {
		for (int i = 0; i < glyphs.size(); i++) {
			for (int j = i + 1; j < glyphs.size(); j++) {
				var one = glyphs.get(i);
				var other = glyphs.get(j);
				if (one.character().equals(other.character()) && Math.abs(one.x() - other.x()) < 0.1
						&& Math.abs(one.baseline() - other.baseline()) < 0.1) {
					return other;
				}
			}
		}
		return null;
	}
}
