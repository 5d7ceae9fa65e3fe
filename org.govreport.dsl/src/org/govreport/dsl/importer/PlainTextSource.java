package org.govreport.dsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the plain text of a published report into chunks. Text copied out of Word puts each table cell
 * on a line of its own behind a tab, continues a cell that held a line break on the next line without
 * one, and ends a row with a blank line; every other line is a paragraph. Text that lost its tabs, and
 * pdftotext's layout with several cells a line, come out as paragraphs, which the table reader splits.
 */
final class PlainTextSource {
	/** pdftotext wraps prose at the page width; shorter lines end a paragraph or are headings. */
	private static final int SHORTEST_WRAPPED_LINE = 20;
	private static final Pattern CELL_GAP = Pattern.compile("\\S[ \\u3000]{2,}\\S");

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
	 * In pdftotext's layout a paragraph starts indented and its wrapped lines do not; a line with wide gaps
	 * is a table row, never prose.
	 */
	private static boolean continuesParagraph(List<Chunk> chunks, String line) {
		if (chunks.isEmpty() || Character.isWhitespace(line.charAt(0)) || CELL_GAP.matcher(line).find()) {
			return false;
		}
		var last = chunks.get(chunks.size() - 1);
		return last.kind() == Chunk.Kind.PARAGRAPH && last.text().strip().length() >= SHORTEST_WRAPPED_LINE
				&& !CellText.isFigure(line.strip());
	}

	private static void addCell(List<Chunk> chunks, StringBuilder cell, String place) {
		if (cell != null) {
			chunks.add(Chunk.cell(cell.toString(), place));
		}
	}
}
