package org.govreport.dsl.importer;

/**
 * One piece of a published report as its reader found it: a paragraph, a table cell, or the end of a
 * table row where the source marks rows (Word tables, the one-cell-a-line text). Sources without row
 * marks (pdftotext, text with the tabs lost) give cells only; the importer then counts cells instead.
 *
 * @param place where it stands in the source, for notes: 12:2 (line:column) or 表 3 第 2 行第 4 格
 */
public record Chunk(Kind kind, String text, String place) {
	public enum Kind {
		PARAGRAPH, CELL, ROW_END
	}

	static Chunk paragraph(String text, String place) {
		return new Chunk(Kind.PARAGRAPH, text, place);
	}

	static Chunk cell(String text, String place) {
		return new Chunk(Kind.CELL, text, place);
	}

	static Chunk rowEnd(String place) {
		return new Chunk(Kind.ROW_END, "", place);
	}
}
