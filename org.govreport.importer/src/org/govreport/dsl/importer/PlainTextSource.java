package org.govreport.dsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the plain text of a published report into chunks. Text copied out of Word puts each table cell
 * on a line of its own behind a tab, continues a cell that held a line break on the next line without
 * one, and ends a row with a blank line. Text copied out of a browser puts a row on a line, its cells
 * between tabs. Text with one cell a line writes a blank cell as a line of spaces. Every other line is a
 * paragraph: text that lost its tabs, and a PDF's layout with several cells a line, come out as
 * paragraphs, which the table reader splits.
 */
final class PlainTextSource {
	/** pdftotext wraps prose at the page width; shorter lines end a paragraph or are headings. */
	private static final int SHORTEST_WRAPPED_LINE = 20;
	private static final Pattern CELL_GAP = Pattern.compile("\\S[ \\u3000]{2,}\\S");
	/** A section heading (五、存在的主要问题…) starts a paragraph even where the PDF does not indent it. */
	private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]{1,2}、[^。]{2,40}$");
	private static final Pattern BLANK_CELL = Pattern.compile("[\\s\\u00A0\\u3000\\u2007\\u202F]+");

	private PlainTextSource() {
	}

	static List<Chunk> read(String text) {
		// pdftotext ends every page with a form feed; nothing copied from Word or a web page has one
		boolean pdfLayout = text.indexOf('\f') >= 0;
		var chunks = new ArrayList<Chunk>();
		var lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').split("\n", -1);
		StringBuilder cell = null;
		String cellPlace = null;
		boolean inRow = false;
		for (int index = 0; index < lines.length; index++) {
			var line = lines[index];
			int number = index + 1;
			if (line.startsWith("\t")) {
				addCell(chunks, cell, cellPlace);
				var pieces = line.split("\t", -1);
				int offset = 0;
				for (int i = 1; i < pieces.length; i++) {
					offset += pieces[i - 1].length() + 1;
					var place = number + ":" + (offset + 1);
					if (i < pieces.length - 1) {
						chunks.add(Chunk.cell(pieces[i], place));
					} else {
						cell = new StringBuilder(pieces[i]);
						cellPlace = place;
					}
				}
				inRow = true;
			} else if (!pdfLayout && cell == null && line.indexOf('\t') > 0) {
				// a row copied out of a browser: its cells behind tabs, blank cells as nothing between two
				addCell(chunks, cell, cellPlace);
				cell = null;
				browserRow(chunks, line, number);
				inRow = false;
			} else if (!pdfLayout && !inRow && cell == null && !line.isEmpty() && BLANK_CELL.matcher(line).matches()) {
				// one cell a line, a blank cell as a line of spaces (&nbsp; of a web page); an empty line separates
				chunks.add(Chunk.cell("", number + ":1"));
			} else if (line.isBlank()) {
				addCell(chunks, cell, cellPlace);
				cell = null;
				if (inRow) {
					chunks.add(Chunk.rowEnd(number + ":1"));
				}
				inRow = false;
			} else if (cell != null) {
				// a cell that held a line break: 本年新 / 制作数量
				cell.append(line);
			} else if (pdfLayout && CellText.isPageNumber(line.strip())) {
				continue;
			} else if (pdfLayout && continuesParagraph(chunks, line)) {
				var last = chunks.remove(chunks.size() - 1);
				chunks.add(Chunk.paragraph(last.text() + line.strip(), last.place()));
			} else {
				inRow = false;
				chunks.add(Chunk.paragraph(line, number + ":1"));
			}
		}
		addCell(chunks, cell, cellPlace);
		return chunks;
	}

	/**
	 * In a PDF's layout a paragraph starts indented and its wrapped lines do not; a line with wide gaps
	 * is a table row, never prose, and so is a line before it that ends in a figure.
	 */
	private static boolean continuesParagraph(List<Chunk> chunks, String line) {
		if (chunks.isEmpty() || Character.isWhitespace(line.charAt(0)) || CELL_GAP.matcher(line).find()) {
			return false;
		}
		var last = chunks.get(chunks.size() - 1);
		return last.kind() == Chunk.Kind.PARAGRAPH && last.text().strip().length() >= SHORTEST_WRAPPED_LINE
				&& !endsRow(last.text().strip()) && !CellText.isFigure(line.strip())
				&& !HEADING.matcher(line).find();
	}

	private static void browserRow(List<Chunk> chunks, String line, int number) {
		int column = 1;
		for (String piece : line.split("\t", -1)) {
			chunks.add(Chunk.cell(piece, number + ":" + column));
			column += piece.length() + 1;
		}
		chunks.add(Chunk.rowEnd(number + ":" + column));
	}

	/** A line of cells ending in a figure is a table row, and what follows it is no wrapped prose. */
	private static boolean endsRow(String line) {
		var cells = line.split("[ \\u3000]{2,}");
		return cells.length > 1 && CellText.isFigure(cells[cells.length - 1]);
	}

	private static void addCell(List<Chunk> chunks, StringBuilder cell, String place) {
		if (cell != null) {
			chunks.add(Chunk.cell(cell.toString(), place));
		}
	}
}
