package org.govreport.headless;

import static org.govreport.headless.ExampleReports.edit;
import static org.govreport.headless.ExampleReports.jiangcheng2020;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportValidatorTest {

	@TempDir
	Path folder;

	private static final String NOT_FOUND = ":3:1: info [govreport.previous.notFound] 未找到上年报告 江城镇-2019.govreport"
			+ "（同一文件夹中机关为“江城镇”、年度为 2019 的报告；在别处请用“上年报告：”指明），跨年度核对（R7–R9）未进行";

	private final ReportValidator validator = new ReportValidator();

	/** Alone in its folder, a clean report gets only the information that last year's is not there. */
	@Test
	void aCleanReportHasNoFindingButTheInformationThatLastYearsIsMissing() throws IOException {
		Path report = write("江城镇-2020.govreport", jiangcheng2020());
		expectFindings(report + NOT_FOUND, report);
		assertEquals(List.of(), validator.check(report).withoutInformation().findings());
	}

	@Test
	void lastYearsReportInTheSameFolderIsCheckedAgainst() throws IOException {
		Path thisYear = write("江城镇-2020.govreport", jiangcheng2020());
		String lastYear = edit(jiangcheng2020(), "年度：2020", "年度：2019");
		// Consistent with this year's 上一年项目数量 except for 行政许可: 430 + 5 is not 440.
		lastYear = edit(lastYear, "行政处罚 | 26 | 6", "行政处罚 | 20 | 6");
		lastYear = edit(lastYear, "行政强制 | 14 | 9", "行政强制 | 5 | 9");
		lastYear = edit(lastYear, "行政许可 | 440 | 7", "行政许可 | 430 | 5");
		write("江城镇-2019.govreport", lastYear);
		expectFindings(thisYear + ":19:8: error [govreport.crossYear.R9] 行政许可 上一年项目数量 应为 435（= 上年 行政许可 上一年项目数量 430"
				+ " + 上年 行政许可 本年增/减 5），实为 440；本年报告 江城镇-2020.govreport，上年报告 江城镇-2019.govreport", thisYear);
	}

	@Test
	void aBalancingErrorPointsAtTheCellThatBreaksIt() throws IOException {
		Path report = write("江城镇-2020.govreport", edit(jiangcheng2020(),
				"一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0", "一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 0"));
		expectFindings(report + ":30:20: error [govreport.balance.R1] 一 自然人 应为 0（各项均为 0），实为 1，多 1\n" + report
				+ NOT_FOUND, report);
	}

	@Test
	void folderSearchFindsReportsInPathOrderAndSkipsOtherFiles() throws IOException {
		Path b = write("b/乙-2020.govreport", "");
		Path a = write("a/甲-2020.govreport", "");
		write("a/notes.txt", "");
		assertEquals(List.of(a, b), ReportFiles.find(List.of(folder)));
	}

	@Test
	void aMissingPathIsKeptAndNamedInTheErrorWhenRead() throws IOException {
		Path missing = folder.resolve("无.govreport");
		assertEquals(List.of(missing), ReportFiles.find(List.of(missing)));
		IOException thrown = assertThrows(IOException.class, () -> validator.check(missing));
		assertEquals(missing + ": no such file or folder", thrown.getMessage());
	}

	private void expectFindings(String expected, Path report) throws IOException {
		String rendered = validator.check(report).findings().stream().map(GccStyle::format)
				.collect(Collectors.joining("\n"));
		assertEquals(expected, rendered);
	}

	private Path write(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}
}
