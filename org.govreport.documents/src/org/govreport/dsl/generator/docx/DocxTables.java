package org.govreport.dsl.generator.docx;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.govreport.dsl.generator.layout.CellRole;
import org.govreport.dsl.generator.layout.PrintedCell;
import org.govreport.dsl.generator.layout.PrintedTable;
import org.govreport.dsl.template.PrintLayout;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Tables in Word: a fixed grid across the text width, merged cells (gridSpan across, vMerge down), header
 * rows repeated on every page the table crosses, rows never split, and every row kept with the next so
 * that Word moves a table that does not fit to the next page rather than cutting a merged label in two.
 */
final class DocxTables {
	private static final int BORDER_EIGHTHS_OF_POINT = 4;
	/** Rows at least 18 pt high, as in the official form, which Word would otherwise set tight. */
	private static final int MIN_ROW_HEIGHT = 360;

	private DocxTables() {
	}

	static void add(XWPFDocument document, PrintedTable printed) {
		XWPFTable table = document.createTable();
		table.removeRow(0);
		table.setTableAlignment(TableRowAlign.CENTER);
		var properties = table.getCTTbl().getTblPr();
		properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
		var width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(DocxRenderer.TEXT_WIDTH));
		borders(table);
		var columns = columnWidths(printed);
		grid(table, columns);
		var style = PrintLayout.isWide(printed.columnCount()) ? TextStyle.WIDE_TABLE : TextStyle.TABLE;
		int rowCount = printed.headerRows().size() + printed.bodyRows().size();
		int index = 0;
		for (List<PrintedCell> row : printed.headerRows()) {
			row(table, row, columns, style, true, ++index < rowCount);
		}
		for (List<PrintedCell> row : printed.bodyRows()) {
			row(table, row, columns, style, false, ++index < rowCount);
		}
		// a table directly after a table would merge with it in Word: keep them apart by an empty line
		document.createParagraph().setSpacingAfter(0);
	}

	private static void row(XWPFTable table, List<PrintedCell> cells, int[] columns, TextStyle style, boolean header,
			boolean keepWithNext) {
		XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
		row.setCantSplitRow(true);
		row.setHeight(MIN_ROW_HEIGHT);
		row.setHeightRule(TableRowHeightRule.AT_LEAST);
		if (header) {
			row.setRepeatHeader(true);
		}
		int column = 0;
		for (PrintedCell printed : cells) {
			var cell = row.createCell();
			var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
			var width = properties.addNewTcW();
			width.setType(STTblWidth.DXA);
			width.setW(BigInteger.valueOf(span(columns, column, printed.columnSpan())));
			if (printed.columnSpan() > 1) {
				properties.addNewGridSpan().setVal(BigInteger.valueOf(printed.columnSpan()));
			}
			if (printed.rowSpan() > 1) {
				var merge = properties.addNewVMerge();
				if (!printed.continuation()) {
					merge.setVal(STMerge.RESTART);
				}
			}
			cell.setVerticalAlignment(XWPFVertAlign.CENTER);
			var paragraph = cell.getParagraphs().get(0);
			paragraph.setAlignment(printed.role() == CellRole.LABEL ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
			paragraph.setSpacingAfter(0);
			paragraph.setKeepNext(keepWithNext);
			if (!printed.continuation() && !printed.text().isEmpty()) {
				Runs.add(paragraph, printed.text(), printed.role() == CellRole.TITLE ? TextStyle.TABLE_TITLE : style);
			}
			column += printed.columnSpan();
		}
	}

	private static void borders(XWPFTable table) {
		table.setTopBorder(XWPFBorderType.SINGLE, BORDER_EIGHTHS_OF_POINT, 0, "000000");
		table.setBottomBorder(XWPFBorderType.SINGLE, BORDER_EIGHTHS_OF_POINT, 0, "000000");
		table.setLeftBorder(XWPFBorderType.SINGLE, BORDER_EIGHTHS_OF_POINT, 0, "000000");
		table.setRightBorder(XWPFBorderType.SINGLE, BORDER_EIGHTHS_OF_POINT, 0, "000000");
		table.setInsideHBorder(XWPFBorderType.SINGLE, BORDER_EIGHTHS_OF_POINT, 0, "000000");
		table.setInsideVBorder(XWPFBorderType.SINGLE, BORDER_EIGHTHS_OF_POINT, 0, "000000");
	}

	private static void grid(XWPFTable table, int[] columns) {
		CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : columns) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
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
