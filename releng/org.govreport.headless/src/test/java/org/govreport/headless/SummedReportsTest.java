package org.govreport.headless;

import static org.govreport.headless.ExampleReports.FORM_2019_60;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.govreport.dsl.aggregate.ReportSum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A summed report beside the reports it sums is counted once, by sum and by table alike. */
class SummedReportsTest {
	private static final String ORGANS = "三江乡、重庆市大渡口区八桥镇、江城镇、町店镇人民政府";

	@TempDir
	Path folder;

	private final ReportSummer summer = new ReportSummer();

	@Test
	void theSummedReportNamesTheOrgansItSumsInItsHeader() throws Exception {
		var summed = summer.sum(FORM_2019_60, "某区", null, false);
		assertTrue(summed.text().contains("\n汇总自：" + ORGANS + "\n"), summed.text());
		Path file = Files.writeString(folder.resolve("某区-2020.govreport"), summed.text());
		var read = new TypedReports().read(file);
		assertEquals(List.of(), read.checked().findings(), "the header field is one the language knows");
		assertEquals(Arrays.asList(ORGANS.split("、")), read.report().summedOrgans());
	}

	@Test
	void aFolderHoldingAnEarlierSumIsSummedWithoutIt() throws Exception {
		Path reports = folderWithTheFourAndTheirSum("某区");
		var again = summer.sum(ReportFiles.find(List.of(reports)), "某区", null, false);
		assertEquals(4, again.inputs().size());
		assertEquals(List.of(reports.resolve("某区-2020.govreport") + " 是 某区 自己的报告"), again.leftOut());
		var byAnother = summer.sum(ReportFiles.find(List.of(reports)), "某市", null, false);
		assertEquals(4, byAnother.inputs().size());
		assertEquals(List.of(reports.resolve("某区-2020.govreport") + " 是汇总报告，所汇总的 " + ORGANS + " 的报告也在其中"),
				byAnother.leftOut());
		assertSameFigures(summer.sum(FORM_2019_60, "某市", null, false).sum(), byAnother.sum());
	}

	@Test
	void summedReportsWhoseInputsAreNotThereAreSummedAsAnyReport() throws Exception {
		Path counties = Files.createDirectories(folder.resolve("县"));
		Files.writeString(counties.resolve("甲县-2020.govreport"), summer.sum(FORM_2019_60.subList(0, 2), "甲县", null, false).text());
		Files.writeString(counties.resolve("乙县-2020.govreport"), summer.sum(FORM_2019_60.subList(2, 4), "乙县", null, false).text());
		var city = summer.sum(ReportFiles.find(List.of(counties)), "某市", null, false);
		assertEquals(2, city.inputs().size());
		assertEquals(List.of(), city.leftOut());
		assertSameFigures(summer.sum(FORM_2019_60, "某市", null, false).sum(), city.sum());
	}

	@Test
	void theTableShowsTheSumAsARowAndLeavesItOutOfTheTotals() throws Exception {
		Path reports = folderWithTheFourAndTheirSum("某区");
		Path csv = folder.resolve("表.csv");
		var written = new FiguresTable().write(ReportFiles.find(List.of(reports)), csv);
		assertEquals(5, written.reports().size());
		String why = reports.resolve("某区-2020.govreport") + " 是汇总报告，所汇总的 " + ORGANS + " 的报告也在其中";
		assertEquals(List.of(why), written.leftOutOfTotals());
		var lines = Files.readString(csv, StandardCharsets.UTF_8).substring(1).split("\r\n");
		assertEquals(2 + 5 + 1 + 1, lines.length);
		// rows in path order: 三江乡, 八桥镇, 某区 (the sum), 江城镇, 町店镇; the totals equal the sum's own row
		String sumRow = lines[2 + 2];
		assertTrue(sumRow.startsWith("某区,,2020,2019-60,"), sumRow);
		String totals = lines[2 + 5];
		assertEquals(figures(sumRow), figures(totals));
		assertEquals("未计入合计：" + why, lines[2 + 5 + 1]);
		assertTrue(written.summary().startsWith("5 reports (the totals leave out 1 summed: "), written.summary());
	}

	private Path folderWithTheFourAndTheirSum(String organ) throws Exception {
		Path reports = Files.createDirectories(folder.resolve("乡镇"));
		for (Path example : FORM_2019_60) {
			Files.copy(example, reports.resolve(example.getFileName()));
		}
		Files.writeString(reports.resolve(organ + "-2020.govreport"), summer.sum(FORM_2019_60, organ, null, false).text());
		return reports;
	}

	private static void assertSameFigures(ReportSum expected, ReportSum actual) {
		assertEquals(expected.figures().keySet(), actual.figures().keySet());
		expected.figures().forEach((cell, figure) -> assertEquals(0, figure.compareTo(actual.figure(cell)), cell.toString()));
	}

	/** The figures of a CSV row: after 机关, 层级, 年度, 格式, before 错误 and 警告. */
	private static List<String> figures(String line) {
		var fields = Arrays.asList(line.split(",", -1));
		return fields.subList(4, fields.size() - 2);
	}
}
