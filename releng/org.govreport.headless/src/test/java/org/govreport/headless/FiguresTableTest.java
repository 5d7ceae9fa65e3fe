package org.govreport.headless;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govreport.dsl.template.CellRef;
import org.govreport.headless.TypedReports.TypedReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiguresTableTest {

	@TempDir
	Path folder;

	@Test
	void theWorkbookOfTheFiveExamplesHoldsFiveRowsWithTheirFigures() throws IOException {
		Path output = folder.resolve("汇总表.xlsx");
		List<TypedReport> reports = new FiguresTable().write(ReportFiles.find(List.of(ExampleReports.FOLDER)), output).reports();
		try (InputStream in = Files.newInputStream(output); var workbook = new XSSFWorkbook(in)) {
			assertEquals(List.of("表二", "表三", "表四"), sheetNames(workbook));
			for (Sheet sheet : workbook) {
				assertEquals(2 + 5 + 1, sheet.getPhysicalNumberOfRows(), sheet.getSheetName());
				assertEquals("合计", sheet.getRow(7).getCell(0).getStringCellValue());
				assertEquals(List.of(4, 2), List.of((int) sheet.getPaneInformation().getVerticalSplitPosition(),
						(int) sheet.getPaneInformation().getHorizontalSplitPosition()), "frozen: the report's fields and the header");
			}
			Sheet applications = workbook.getSheet("表三");
			assertEquals("机关", applications.getRow(0).getCell(0).getStringCellValue());
			assertEquals("一、本年新收政府信息公开申请数量", applications.getRow(0).getCell(4).getStringCellValue());
			assertEquals("自然人", applications.getRow(1).getCell(4).getStringCellValue());
			var columns = FigureColumn.of(reports.stream().map(TypedReport::report).toList());
			for (var entry : columns.entrySet()) {
				Sheet sheet = workbook.getSheet("表" + entry.getKey());
				for (int r = 0; r < reports.size(); r++) {
					var report = reports.get(r).report();
					assertEquals(report.organ(), sheet.getRow(2 + r).getCell(0).getStringCellValue());
					for (int c = 0; c < entry.getValue().size(); c++) {
						var cell = report.cell(entry.getValue().get(c).cell());
						var written = sheet.getRow(2 + r).getCell(4 + c);
						if (cell == null) {
							assertTrue(written == null, "a cell the report's form lacks is blank");
						} else {
							assertEquals(CellType.NUMERIC, written.getCellType());
							assertEquals(cell.value().doubleValue(), written.getNumericCellValue(), 1e-9, cell.ref().toString());
						}
					}
				}
			}
			// 江城镇 is the third report in path order: 行政许可 上一年项目数量 440, 采购总金额 11210元 = 1.121 万元
			Sheet proactive = workbook.getSheet("表二");
			assertEquals("江城镇", proactive.getRow(4).getCell(0).getStringCellValue());
			assertEquals(440, proactive.getRow(4).getCell(4 + indexOf(columns.get("二"), new CellRef("art20.5", "licensing", "prevItems")))
					.getNumericCellValue());
			assertEquals(1.121, proactive.getRow(4).getCell(4 + indexOf(columns.get("二"), new CellRef("art20.9", "purchasing", "purchaseAmount")))
					.getNumericCellValue(), 1e-12);
		}
	}

	/** Found by summing the same reports twice: the two workbooks differed in the time POI stamped them with. */
	@Test
	void theWorkbookOfTheSameReportsIsTheSameFile() throws IOException {
		Path first = folder.resolve("first.xlsx");
		Path second = folder.resolve("second.xlsx");
		var reports = ReportFiles.find(List.of(ExampleReports.FOLDER));
		new FiguresTable().write(reports, first);
		try (InputStream in = Files.newInputStream(first); var workbook = new XSSFWorkbook(in)) {
			var core = workbook.getProperties().getCoreProperties();
			assertNull(core.getCreated(), "no time of writing");
			assertEquals("govreport", core.getCreator());
		}
		new FiguresTable().write(reports, second);
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
	}

	@Test
	void theCsvHasAByteOrderMarkTwoHeaderRowsFiveReportsAndTotals() throws IOException {
		Path output = folder.resolve("汇总表.csv");
		new FiguresTable().write(ReportFiles.find(List.of(ExampleReports.FOLDER)), output);
		byte[] bytes = Files.readAllBytes(output);
		assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
		var lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
		assertEquals(2 + 5 + 1, lines.length);
		assertTrue(lines[0].startsWith("机关,层级,年度,格式,表二 第二十条第（一）项 规章,"), lines[0]);
		assertTrue(lines[4].startsWith("江城镇,乡镇,2020,2019-60,"), lines[4]);
		assertTrue(lines[4].contains(",440,7,0,0,0,0,26,6,0,14,9,0,"), lines[4]);
		assertTrue(lines[7].startsWith("合计,,,,"), lines[7]);
		assertEquals(lines[0].split(",", -1).length, lines[4].split(",", -1).length);
	}

	@Test
	void reportsOfTwoYearsOfOneOrganGetAYearOverYearSheet() throws IOException {
		Path thisYear = Files.writeString(folder.resolve("江城镇-2020.govreport"), ExampleReports.jiangcheng2020());
		Path lastYear = Files.writeString(folder.resolve("江城镇-2019.govreport"), ExampleReports.edit(
				ExampleReports.edit(ExampleReports.jiangcheng2020(), "年度：2020", "年度：2019"), "行政许可 | 440 | 7", "行政许可 | 400 | 40"));
		Path output = folder.resolve("t.xlsx");
		new FiguresTable().write(List.of(lastYear, thisYear), output);
		try (InputStream in = Files.newInputStream(output); var workbook = new XSSFWorkbook(in)) {
			Sheet changes = workbook.getSheet("同比");
			assertEquals(List.of("机关", "项目", "本年", "上年", "增减", "增减%"), rowText(changes, 0, 6));
			var licensing = findRow(changes, "表二 · 第二十条第（五）项 行政许可 · 上一年项目数量");
			assertEquals(List.of(440.0, 400.0, 40.0, 0.1), List.of(licensing.getCell(2).getNumericCellValue(),
					licensing.getCell(3).getNumericCellValue(), licensing.getCell(4).getNumericCellValue(),
					licensing.getCell(5).getNumericCellValue()));
		}
	}

	@Test
	void anOrganNamedLikeAFormulaIsTextInBothFormatsAndNegativeFiguresStayNumbers() throws IOException {
		var formula = "=HYPERLINK(\"http://example.com\",\"点击\")";
		Path thisYear = Files.writeString(folder.resolve("a-2020.govreport"), ExampleReports.edit(ExampleReports.edit(
				ExampleReports.jiangcheng2020(), "机关：江城镇", "机关：" + formula), "行政许可 | 440 | 7", "行政许可 | 440 | -3"));
		Path lastYear = Files.writeString(folder.resolve("a-2019.govreport"), ExampleReports.edit(ExampleReports.edit(
				ExampleReports.jiangcheng2020(), "机关：江城镇", "机关：" + formula), "年度：2020", "年度：2019"));
		Path csv = folder.resolve("t.csv");
		new FiguresTable().write(List.of(lastYear, thisYear), csv);
		var lines = Files.readString(csv, StandardCharsets.UTF_8).split("\r\n");
		assertTrue(lines[3].startsWith("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"点击\"\")\",乡镇,2020,"), lines[3]);
		assertTrue(lines[3].contains(",440,-3,"), "a negative figure stays a number: " + lines[3]);
		for (var line : lines) {
			for (var field : line.split(",", -1)) {
				assertTrue(!field.matches("\"?[=+@\t\r].*") && !field.matches("\"?-\\D.*"), "a field Excel would run: " + field);
			}
		}
		Path xlsx = folder.resolve("t.xlsx");
		new FiguresTable().write(List.of(lastYear, thisYear), xlsx);
		try (InputStream in = Files.newInputStream(xlsx); var workbook = new XSSFWorkbook(in)) {
			var organ = workbook.getSheet("表二").getRow(3).getCell(0);
			assertEquals(CellType.STRING, organ.getCellType());
			assertEquals(formula, organ.getStringCellValue());
			assertTrue(organ.getCellStyle().getQuotePrefixed(), "kept text when edited in Excel");
			for (Sheet sheet : workbook) {
				for (var row : sheet) {
					for (var cell : row) {
						assertTrue(cell.getCellType() != CellType.FORMULA, sheet.getSheetName() + " " + cell.getAddress());
					}
				}
			}
			var licensing = findRow(workbook.getSheet("同比"), "表二 · 第二十条第（五）项 行政许可 · 本年增/减");
			assertEquals(CellType.NUMERIC, licensing.getCell(2).getCellType());
			assertEquals(-3.0, licensing.getCell(2).getNumericCellValue());
			assertEquals(-10.0, licensing.getCell(4).getNumericCellValue(), "增减 -3 − 7");
		}
	}

	private static org.apache.poi.ss.usermodel.Row findRow(Sheet sheet, String item) {
		for (var row : sheet) {
			if (row.getCell(1) != null && item.equals(row.getCell(1).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no line for " + item);
	}

	private static List<String> rowText(Sheet sheet, int row, int cells) {
		var texts = new ArrayList<String>();
		for (int i = 0; i < cells; i++) {
			texts.add(sheet.getRow(row).getCell(i).getStringCellValue());
		}
		return texts;
	}

	private static int indexOf(List<FigureColumn> columns, CellRef cell) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).cell().equals(cell)) {
				return i;
			}
		}
		throw new AssertionError("no column for " + cell);
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		var names = new ArrayList<String>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}
}
