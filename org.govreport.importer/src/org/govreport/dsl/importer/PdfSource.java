package org.govreport.dsl.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF report from the positions of its glyphs: glyphs on one baseline make a line, a gap wider
 * than a letter or a drawn border between them separates table cells (written as a run of spaces; see
 * {@link PageRulings}), a line starting right of
 * the page's left margin is indented, and every page ends with a form feed. That is the layout the plain
 * text reader already reads (cells of a row on one line, merged labels cut into pieces beside them, page
 * numbers, wrapped prose), so a PDF needs no other program.
 */
final class PdfSource {
	private PdfSource() {
	}

	static String layout(byte[] bytes) throws ImportException {
		try (var document = Loader.loadPDF(bytes)) {
			var stripper = new PositionCollector();
			stripper.setSortByPosition(true);
			stripper.getText(document);
			return stripper.layout.toString();
		} catch (InvalidPasswordException e) {
			throw new ImportException("PDF 文件有密码保护，不能读取：请用无密码的文件", e);
		} catch (IOException | RuntimeException e) {
			throw new ImportException("不是可读的 PDF 文件（文件损坏或不完整）", e);
		}
	}

	/** Collects the glyphs of a page as PDFBox finds them, and lays them out when the page ends. */
	private static final class PositionCollector extends PDFTextStripper {
		private final List<TextPosition> glyphs = new ArrayList<>();
		private final StringBuilder layout = new StringBuilder();

		PositionCollector() throws IOException {
		}

		/**
		 * Glyphs already taken, by character and a grid of a third of a glyph: a bold without a bold face
		 * (Word's, WPS's and openhtmltopdf's) prints a character twice at nearly the same place, which
		 * must read as one character.
		 */
		private final java.util.Set<String> placed = new java.util.HashSet<>();

		@Override
		protected void processTextPosition(TextPosition text) {
			// the width in whole points: PDFBox's widths of one glyph differ in their last bits from place to place
			int width = Math.max(3, Math.round(text.getWidthDirAdj()));
			float grid = width / 3f;
			long x = Math.round(text.getXDirAdj() / grid);
			long y = Math.round(text.getYDirAdj() / grid);
			for (long dx = -1; dx <= 1; dx++) {
				for (long dy = -1; dy <= 1; dy++) {
					if (placed.contains(place(text, width, x + dx, y + dy))) {
						return;
					}
				}
			}
			placed.add(place(text, width, x, y));
			glyphs.add(text);
		}

		/**
		 * The glyph's width, which sets the grid, is part of the place: cells of other grids are other places, else a
		 * small 行 in a table header at (180, 345) would hide a large 行 of a heading at (320, 613).
		 */
		private static String place(TextPosition text, int width, long x, long y) {
			return text.getUnicode() + '@' + width + ':' + x + ',' + y;
		}

		@Override
		protected void endPage(PDPage page) throws IOException {
			layout.append(PageLayout.lines(glyphs, PageRulings.of(page))).append('\f');
			glyphs.clear();
			placed.clear();
		}
	}

	/** One page's glyphs as lines of text. */
	static final class PageLayout {
		/** Glyphs whose baselines differ by less than this share of their height stand on one line. */
		private static final float SAME_LINE = 0.4f;
		/** A gap under this share of the font size is letter spacing (justified prose), not a space. */
		private static final float LETTER_SPACING = 0.3f;
		/** A gap over this share of the font size separates cells: written as two spaces or more. */
		private static final float CELL_GAP = 1.2f;

		private PageLayout() {
		}

		static String lines(List<TextPosition> all, PageRulings rulings) {
			var glyphs = all.stream().filter(glyph -> !glyph.getUnicode().isBlank()).toList();
			var lines = new ArrayList<List<TextPosition>>();
			var byBaseline = new ArrayList<>(all);
			byBaseline.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
			List<TextPosition> line = null;
			float baseline = Float.NaN;
			for (TextPosition glyph : byBaseline) {
				if (line == null || Math.abs(glyph.getYDirAdj() - baseline) > SAME_LINE * height(glyph)) {
					line = new ArrayList<>();
					lines.add(line);
					baseline = glyph.getYDirAdj();
				}
				line.add(glyph);
			}
			float margin = (float) glyphs.stream().mapToDouble(TextPosition::getXDirAdj).min().orElse(0);
			var out = new StringBuilder();
			for (List<TextPosition> each : lines) {
				each.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
				while (!each.isEmpty() && each.get(0).getUnicode().isBlank()) {
					each.remove(0);
				}
				if (!each.isEmpty()) {
					out.append(line(each, margin, rulings)).append('\n');
				}
			}
			return out.toString();
		}

		private static String line(List<TextPosition> glyphs, float margin, PageRulings rulings) {
			var out = new StringBuilder();
			var first = glyphs.get(0);
			out.append(" ".repeat(Math.round((first.getXDirAdj() - margin) / halfEm(first))));
			float end = first.getXDirAdj();
			boolean spaced = false;
			for (TextPosition glyph : glyphs) {
				float gap = glyph.getXDirAdj() - end;
				float size = 2 * halfEm(glyph);
				end = Math.max(end, glyph.getXDirAdj() + glyph.getWidthDirAdj());
				if (glyph.getUnicode().isBlank()) {
					// a space the text holds, however wide justification drew it
					spaced = true;
					continue;
				}
				if (out.length() > 0 && (gap > CELL_GAP * size || rulings.between(glyph.getXDirAdj() - gap, glyph.getXDirAdj(),
						glyph.getPageHeight() - glyph.getYDirAdj(), size))) {
					out.append(" ".repeat(Math.max(2, Math.round(gap / halfEm(glyph)))));
				} else if (out.length() > 0 && (spaced || gap > LETTER_SPACING * size)) {
					out.append(' ');
				}
				spaced = false;
				out.append(glyph.getUnicode());
			}
			return out.toString().stripTrailing();
		}

		private static float halfEm(TextPosition glyph) {
			float size = glyph.getFontSizeInPt() > 0 ? glyph.getFontSizeInPt() : glyph.getHeightDir();
			return Math.max(size, 1) / 2;
		}

		private static float height(TextPosition glyph) {
			return Math.max(glyph.getHeightDir(), 2 * halfEm(glyph));
		}
	}
}
