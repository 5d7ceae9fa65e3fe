package org.govreport.headless;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The comparison table as an Excel workbook: a sheet per table (二, 三, 四) with one row per report, the
 * official labels in a two-row header (the form's row merged over its columns), frozen, numbers as
 * numbers, a totals row; and a sheet of year-over-year changes when two years of one organ are there.
 */
public final class FiguresWorkbook {
	static {
		// POI logs through log4j-api, which otherwise complains on standard error that it has no backend
		System.getProperties().putIfAbsent("log4j2.loggerContextFactory",
				"org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		ScratchFolder.use();
	}

	private static final float LINE_POINTS = 15;
	private static final int ROWS_IN_MEMORY = 100;

	/** Streaming: a thousand reports are some 300,000 cells, and rows are written once, in order. */
	private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
	private final CellStyle header = workbook.createCellStyle();
	private final CellStyle count = workbook.createCellStyle();
	private final CellStyle amount = workbook.createCellStyle();
	private final CellStyle percent = workbook.createCellStyle();
	private final CellStyle total = workbook.createCellStyle();
	/** POI writes text as text, never as a formula; this also keeps Excel from making one when the cell is edited. */
	private final CellStyle literal = workbook.createCellStyle();

	private FiguresWorkbook() {
		var bold = workbook.createFont();
		bold.setBold(true);
		header.setFont(bold);
		header.setAlignment(HorizontalAlignment.CENTER);
		header.setVerticalAlignment(VerticalAlignment.CENTER);
		header.setWrapText(true);
		header.setBorderBottom(BorderStyle.THIN);
		count.setDataFormat(workbook.createDataFormat().getFormat("0"));
		amount.setDataFormat(workbook.createDataFormat().getFormat("General"));
		percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
		total.setFont(bold);
		literal.setQuotePrefixed(true);
	}

	/** The .xlsx file's bytes. */
	public static byte[] write(List<FigureRow> rows, Map<String, List<FigureColumn>> columns) throws IOException {
		var book = new FiguresWorkbook();
		columns.forEach((section, sectionColumns) -> book.figures("表" + section, rows, sectionColumns));
		var changes = YearOverYear.of(rows, columns);
		if (!changes.isEmpty()) {
			book.changes(changes);
		}
		try (var out = new ByteArrayOutputStream(); book.workbook) {
			book.unstamped();
			book.workbook.write(out);
			return out.toByteArray();
		} finally {
			book.workbook.dispose();
		}
	}

	/**
	 * Without the time it was written (POI stamps the package with it) and under our name rather than POI's:
	 * as the documents, a workbook of the same reports is the same file, so that one kept in git changes only
	 * with its figures.
	 */
	private void unstamped() {
		var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
		properties.setCreated(Optional.empty());
		properties.setCreator("govreport");
	}

	private void figures(String name, List<FigureRow> rows, List<FigureColumn> columns) {
		Sheet sheet = workbook.createSheet(name);
		var widths = new SheetWidths();
		Row groups = sheet.createRow(0);
		Row labels = sheet.createRow(1);
		var fields = FigureRow.FIELDS.size();
		for (int i = 0; i < fields; i++) {
			text(groups, i, FigureRow.FIELDS.get(i), header, widths);
			sheet.addMergedRegion(new CellRangeAddress(0, 1, i, i));
		}
		int start = fields;
		for (int i = 0; i <= columns.size(); i++) {
			int at = fields + i;
			if (i == columns.size() || !columns.get(i).group().equals(columns.get(start - fields).group())) {
				var group = columns.get(start - fields).group();
				text(groups, start, group, header, null);
				widths.spread(start, at - start, group);
				if (at - start > 1) {
					sheet.addMergedRegion(new CellRangeAddress(0, 0, start, at - 1));
				}
				start = at;
			}
			if (i < columns.size()) {
				text(labels, at, columns.get(i).label(), header, null);
				widths.fitWrapped(at, columns.get(i).label());
			}
		}
		int counts = fields + columns.size();
		for (int i = 0; i < FigureRow.COUNTS.size(); i++) {
			text(groups, counts + i, FigureRow.COUNTS.get(i), header, widths);
			sheet.addMergedRegion(new CellRangeAddress(0, 1, counts + i, counts + i));
		}
		int rowNumber = 2;
		for (FigureRow report : rows) {
			Row row = sheet.createRow(rowNumber++);
			var values = report.fields();
			for (int i = 0; i < values.size(); i++) {
				text(row, i, values.get(i), null, widths);
			}
			for (int i = 0; i < columns.size(); i++) {
				number(row, fields + i, report.figure(columns.get(i).cell()), columns.get(i).amount() ? amount : count, widths);
			}
			var found = report.counts();
			for (int i = 0; i < found.size(); i++) {
				number(row, counts + i, BigDecimal.valueOf(found.get(i)), count, widths);
			}
		}
		Row totals = sheet.createRow(rowNumber);
		text(totals, 0, FiguresTotals.LABEL, total, widths);
		for (int i = 0; i < columns.size(); i++) {
			number(totals, fields + i, FiguresTotals.sum(rows, columns.get(i)), columns.get(i).amount() ? amount : count, widths);
		}
		var found = FiguresTotals.counts(rows);
		for (int i = 0; i < found.size(); i++) {
			number(totals, counts + i, BigDecimal.valueOf(found.get(i)), count, widths);
		}
		for (String note : FiguresTotals.notes(rows)) {
			// not measured for the column width: a note runs on over the empty cells beside it
			text(sheet.createRow(++rowNumber), 0, note, null, null);
		}
		sheet.createFreezePane(fields, 2);
		groups.setHeightInPoints(SheetWidths.HEADER_LINES * LINE_POINTS);
		labels.setHeightInPoints(SheetWidths.HEADER_LINES * LINE_POINTS);
		widths.apply(sheet);
		printed(sheet, fields);
	}

	private void changes(List<YearOverYear.Line> lines) {
		Sheet sheet = workbook.createSheet("同比");
		var widths = new SheetWidths();
		Row head = sheet.createRow(0);
		for (int i = 0; i < YearOverYear.HEADER.size(); i++) {
			text(head, i, YearOverYear.HEADER.get(i), header, widths);
		}
		int rowNumber = 1;
		for (YearOverYear.Line line : lines) {
			Row row = sheet.createRow(rowNumber++);
			text(row, 0, line.organ(), null, widths);
			text(row, 1, line.item(), null, widths);
			var values = Arrays.asList(line.thisYear(), line.lastYear(), line.change());
			for (int i = 0; i < values.size(); i++) {
				number(row, 2 + i, values.get(i), amount, widths);
			}
			number(row, 5, line.percent(), percent, widths);
		}
		sheet.createFreezePane(2, 1);
		widths.apply(sheet);
	}

	/** Landscape, with the header rows and the report's fields repeated on every printed page. */
	private static void printed(Sheet sheet, int fields) {
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.setRepeatingRows(new CellRangeAddress(0, 1, -1, -1));
		sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, fields - 1));
	}

	private void text(Row row, int column, String value, CellStyle style, SheetWidths widths) {
		var cell = row.createCell(column);
		cell.setCellValue(value);
		if (style == null && FiguresCsv.looksLikeFormula(value)) {
			cell.setCellStyle(literal);
		} else if (style != null) {
			cell.setCellStyle(style);
		}
		if (widths != null) {
			widths.fit(column, value);
		}
	}

	private static void number(Row row, int column, BigDecimal value, CellStyle style, SheetWidths widths) {
		if (value == null) {
			return;
		}
		var cell = row.createCell(column);
		cell.setCellValue(value.doubleValue());
		cell.setCellStyle(style);
		widths.fit(column, value.toPlainString());
	}
}
