package org.govreport.dsl.generator.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.govreport.dsl.generator.XmlText;

/**
 * Turns text into the glyphs the PDF prints: each character in the face its role asks for, else in 黑
 * (which covers all of GBK), else in the extension face; a character no face has prints as #, which
 * {@link UnprintableCharacters} names at build time. Runs of white space print as one space, as on a web
 * page, and control characters as U+FFFD (see {@link XmlText}).
 */
final class GlyphSetter {
	private static final int MISSING = '#';

	private final Map<PdfFace, Metrics> metrics = new EnumMap<>(PdfFace.class);

	List<PrintedGlyph> glyphs(String text, PdfFace face, float size) {
		var printable = XmlText.printable(text);
		var glyphs = new ArrayList<PrintedGlyph>(printable.length());
		boolean spaceBefore = true;
		for (int i = 0; i < printable.length();) {
			int codePoint = printable.codePointAt(i);
			i += Character.charCount(codePoint);
			if (codePoint == ' ' || codePoint == '\t' || codePoint == '\n' || codePoint == '\r' || codePoint == '\f') {
				if (!spaceBefore) {
					glyphs.add(glyph(' ', face, size));
				}
				spaceBefore = true;
				continue;
			}
			spaceBefore = false;
			glyphs.add(glyph(codePoint, face, size));
		}
		if (!glyphs.isEmpty() && glyphs.get(glyphs.size() - 1).isSpace()) {
			glyphs.remove(glyphs.size() - 1);
		}
		return glyphs;
	}

	private PrintedGlyph glyph(int codePoint, PdfFace face, float size) {
		for (PdfFace candidate : new PdfFace[] { face, PdfFace.HEI, PdfFace.EXTENSION }) {
			float advance = metrics(candidate).advance(codePoint);
			if (advance >= 0) {
				return new PrintedGlyph(codePoint, candidate, advance * size);
			}
		}
		return new PrintedGlyph(MISSING, face, metrics(face).advance(MISSING) * size);
	}

	private Metrics metrics(PdfFace face) {
		return metrics.computeIfAbsent(face, Metrics::new);
	}

	/** A face's character map and advances, looked up once a document. */
	private static final class Metrics {
		private final TrueTypeFont font;
		private final CmapLookup cmap;
		private final float unitsPerEm;

		Metrics(PdfFace face) {
			try {
				font = face.font();
				cmap = font.getUnicodeCmapLookup();
				unitsPerEm = font.getUnitsPerEm();
			} catch (IOException e) {
				throw new UncheckedIOException("cannot read the embedded font " + face.family(), e);
			}
		}

		/** The advance in ems, or -1 when the face has no glyph for the character. */
		float advance(int codePoint) {
			int glyph = cmap == null ? 0 : cmap.getGlyphId(codePoint);
			if (glyph <= 0) {
				return -1;
			}
			try {
				return font.getAdvanceWidth(glyph) / unitsPerEm;
			} catch (IOException e) {
				throw new UncheckedIOException("cannot read the embedded font", e);
			}
		}
	}
}
