package org.govreport.cli.lsp;

import static org.govreport.headless.ExampleReports.edit;
import static org.govreport.headless.ExampleReports.jiangcheng2020;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that opens a single file sends no workspace folder and no root URI in initialize (an editor
 * started on one file does so): the server checks the file all the same, with last year's report read
 * from the file's folder on disk.
 */
class LanguageServerWithoutWorkspaceIT {

	@TempDir
	Path folder;

	@Test
	void aFileOpenedWithoutWorkspaceIsCheckedWithLastYearsReportFromDisk() throws Exception {
		String thisYear = jiangcheng2020();
		Path report = Files.writeString(folder.resolve("江城镇-2020.govreport"), thisYear);
		String lastYear = edit(jiangcheng2020(), "年度：2020", "年度：2019");
		lastYear = edit(lastYear, "行政处罚 | 26 | 6", "行政处罚 | 20 | 6");
		lastYear = edit(lastYear, "行政强制 | 14 | 9", "行政强制 | 5 | 9");
		Files.writeString(folder.resolve("江城镇-2019.govreport"), edit(lastYear, "行政许可 | 440 | 7", "行政许可 | 430 | 5"));
		try (LanguageServerSession session = LanguageServerSession.start(LanguageServerIT.JAR, null)) {
			session.open(report, thisYear);
			List<Diagnostic> diagnostics = session.awaitDiagnostics(report, published -> !published.isEmpty());
			assertEquals("govreport.crossYear.R9 行政许可 上一年项目数量 应为 435（= 上年 行政许可 上一年项目数量 430 + 上年 行政许可 本年增/减 5），实为 440；"
					+ "本年报告 江城镇-2020.govreport，上年报告 江城镇-2019.govreport", diagnostics.stream()
							.map(diagnostic -> diagnostic.getCode().getLeft() + " " + diagnostic.getMessage().getLeft())
							.collect(Collectors.joining("\n")));
		}
	}
}
