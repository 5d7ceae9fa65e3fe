package org.govreport.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Collectors;

import org.govreport.dsl.importer.ImportResult;
import org.govreport.dsl.importer.ReportImporter;
import org.junit.jupiter.api.Test;

/**
 * Text with one cell a line (町店镇's report as copied off its web page) writes a blank cell as a line of
 * spaces or no-break spaces: it is a blank cell in its column, and the figures after it keep theirs.
 * Rows copied out of a browser put a row on a line, its cells between tabs, and a blank cell as nothing.
 */
class BlankCellLinesTest extends ImportTesting {
	private static final String ROW = "行政许可\n0\n+0\n0\n";

	@Test
	void aLineOfNoBreakSpacesIsABlankCellInItsColumn() throws Exception {
		var result = importWithRow("行政许可\n5\n\u00A0\u00A0\n7\n");
		assertCells("art20.5[licensing,prevItems] = 5\nart20.5[licensing,delta] = 0\nart20.5[licensing,decisions] = 7", result);
		assertEquals("町店镇-2020.txt:42:1: 导入：行政许可 本年增/减：原文空白，按 0", notes(result, "42:1"));
	}

	@Test
	void aLineOfSpacesIsABlankCellToo() throws Exception {
		var result = importWithRow("行政许可\n  \n5\n7\n");
		assertCells("art20.5[licensing,prevItems] = 0\nart20.5[licensing,delta] = 5\nart20.5[licensing,decisions] = 7", result);
		assertEquals("町店镇-2020.txt:41:1: 导入：行政许可 上一年项目数量：原文空白，按 0", notes(result, "41:1"));
	}

	@Test
	void blankLinesBeyondTheRowsColumnsOnlySeparate() throws Exception {
		var result = importWithRow("行政许可\n5\n \n6\n \n7\n");
		assertCells("art20.5[licensing,prevItems] = 5\nart20.5[licensing,delta] = 6\nart20.5[licensing,decisions] = 7", result);
	}

	@Test
	void aRowCopiedOutOfABrowserKeepsItsBlankCellInPlace() throws Exception {
		var result = importWithRow("行政许可\t5\t\t7\n");
		assertCells("art20.5[licensing,prevItems] = 5\nart20.5[licensing,delta] = 0\nart20.5[licensing,decisions] = 7", result);
	}

	private ImportResult importWithRow(String row) throws Exception {
		var seed = Files.readString(resources().resolve("町店镇-2020.txt"));
		assertTrue(seed.contains(ROW));
		return new ReportImporter().read("町店镇-2020.txt", seed.replace(ROW, row).getBytes(StandardCharsets.UTF_8));
	}

	private void assertCells(String expected, ImportResult result) throws Exception {
		var cells = dump(model(result.text(), "a.govreport")).lines().filter(line -> line.startsWith("art20.5[licensing,"))
				.collect(Collectors.joining("\n"));
		assertEquals(expected, cells);
	}

	private static String notes(ImportResult result, String place) {
		return result.notes().stream().filter(note -> note.place().equals(place)).map(note -> note.render("町店镇-2020.txt"))
				.collect(Collectors.joining("\n"));
	}
}
