package org.govreport.dsl.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plain text of a published report into chunks. Text copied out of Word puts each table cell
 * on a line of its own behind a tab, continues a cell that held a line break on the next line without
 * one, and ends a row with a blank line; every other line is a paragraph. Text that lost its tabs, and
 * pdftotext's layout with several cells a line, come out as paragraphs, which the table reader splits.
 */
final class PlainTextSource {
	private PlainTextSource() {
	}

	static List<Chunk> read(String text) {
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
			} else {
				addCell(chunks, null, null);
				inRow = false;
				chunks.add(Chunk.paragraph(line, number + ":1"));
			}
		}
		addCell(chunks, cell, cellPlace);
		return chunks;
	}

	private static void addCell(List<Chunk> chunks, StringBuilder cell, String place) {
		if (cell != null) {
			chunks.add(Chunk.cell(cell.toString(), place));
		}
	}
}
