package org.govreport.dsl.generator.docx;

import java.io.IOException;
import java.util.List;

import org.govreport.dsl.generator.layout.CellRole;
import org.govreport.dsl.generator.layout.PrintedCell;
import org.govreport.dsl.generator.layout.PrintedTable;
import org.govreport.dsl.template.PrintLayout;

/**
 * Tables in Word: a fixed grid across the text width, merged cells (gridSpan across, vMerge down), header
 * rows repeated on every page the table crosses, rows never split, and every row kept with the next so
 * that Word moves a table that does not fit to the next page rather than cutting a merged label in two.
 */
final class DocxTables {
	private static final String BORDER_EIGHTHS_OF_POINT = String.valueOf(Math.round(PrintLayout.RULE_POINTS * 8));
	/** Rows at least 18 pt high, as in the official form, which Word would otherwise set tight. */
	private static final String MIN_ROW_HEIGHT = "360";
	/** A table directly after a table would merge with it in Word: they are kept apart by an empty line. */
	private static final ParagraphFormat SEPARATOR = new ParagraphFormat(null, null, 0, null, null);

	private DocxTables() {
	}

	static void add(WordXml xml, PrintedTable printed) throws IOException {
		xml.open("tbl").open("tblPr");
		xml.empty("tblW", "w", String.valueOf(DocxRenderer.TEXT_WIDTH), "type", "dxa");
		xml.empty("jc", "val", "center");
		borders(xml);
		xml.empty("tblLayout", "type", "fixed");
		xml.end();
		var columns = columnWidths(printed);
		xml.open("tblGrid");
		for (int width : columns) {
			xml.empty("gridCol", "w", String.valueOf(width));
		}
		xml.end();
		var style = PrintLayout.isWide(printed.columnCount()) ? TextStyle.WIDE_TABLE : TextStyle.TABLE;
		int rowCount = printed.headerRows().size() + printed.bodyRows().size();
		int index = 0;
		for (List<PrintedCell> row : printed.headerRows()) {
			row(xml, row, columns, style, true, ++index < rowCount);
		}
		for (List<PrintedCell> row : printed.bodyRows()) {
			row(xml, row, columns, style, false, ++index < rowCount);
		}
		xml.end();
		SEPARATOR.start(xml);
		xml.end();
	}

	private static void row(WordXml xml, List<PrintedCell> cells, int[] columns, TextStyle style, boolean header,
			boolean keepWithNext) throws IOException {
		xml.open("tr").open("trPr");
		xml.empty("cantSplit", "val", "on");
		xml.empty("trHeight", "val", MIN_ROW_HEIGHT, "hRule", "atLeast");
		if (header) {
			xml.empty("tblHeader", "val", "on");
		}
		xml.end();
		int column = 0;
		for (PrintedCell printed : cells) {
			xml.open("tc").open("tcPr");
			xml.empty("tcW", "type", "dxa", "w", String.valueOf(span(columns, column, printed.columnSpan())));
			if (printed.columnSpan() > 1) {
				xml.empty("gridSpan", "val", String.valueOf(printed.columnSpan()));
			}
			if (printed.rowSpan() > 1 && printed.continuation()) {
				xml.empty("vMerge");
			} else if (printed.rowSpan() > 1) {
				xml.empty("vMerge", "val", "restart");
			}
			xml.empty("vAlign", "val", "center");
			xml.end();
			var alignment = printed.role() == CellRole.LABEL ? "left" : "center";
			new ParagraphFormat(keepWithNext, null, 0, null, alignment).start(xml);
			if (!printed.continuation() && !printed.text().isEmpty()) {
				Runs.add(xml, printed.text(), printed.role() == CellRole.TITLE ? TextStyle.TABLE_TITLE : style);
			}
			xml.end().end();
			column += printed.columnSpan();
		}
		xml.end();
	}

	private static void borders(WordXml xml) throws IOException {
		xml.open("tblBorders");
		for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
			xml.empty(side, "val", "single", "sz", BORDER_EIGHTHS_OF_POINT, "space", "0", "color", "000000");
		}
		xml.end();
	}

	/** The text width shared out by weight; the last column takes what rounding leaves. */
	private static int[] columnWidths(PrintedTable table) {
		var widths = new int[table.columnCount()];
		int used = 0;
		for (int i = 0; i < widths.length - 1; i++) {
			widths[i] = DocxRenderer.TEXT_WIDTH * table.columnWeights().get(i) / table.totalWeight();
			used += widths[i];
		}
		widths[widths.length - 1] = DocxRenderer.TEXT_WIDTH - used;
		return widths;
	}

	private static int span(int[] columns, int first, int count) {
		int width = 0;
		for (int i = first; i < first + count; i++) {
			width += columns[i];
		}
		return width;
	}
}
