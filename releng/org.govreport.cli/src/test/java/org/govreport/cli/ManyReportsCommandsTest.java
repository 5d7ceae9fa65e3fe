package org.govreport.cli;

import static org.govreport.headless.ExampleReports.FORM_2019_60;
import static org.govreport.headless.ExampleReports.HENGSHAN_2021_30;
import static org.govreport.headless.ExampleReports.edit;
import static org.govreport.headless.ExampleReports.jiangcheng2020;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** govreport sum, table and diff as a user runs them: output, files written, exit status. */
class ManyReportsCommandsTest {

	@TempDir
	Path folder;

	@Test
	void sumWritesACleanReportAndASecondRunDoesNotCountItsOwnOutput() throws IOException {
		var reports = Files.createDirectories(folder.resolve("乡镇"));
		for (Path example : FORM_2019_60) {
			Files.copy(example, reports.resolve(example.getFileName()));
		}
		Path output = reports.resolve("某区-2020.govreport");
		Path table = folder.resolve("乡镇.csv");
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "summed 4 reports into " + output + " (2020, template 2019-60)\n"
				+ "wrote " + table + ": 4 reports\n", ""),
				CommandLineRun.of("sum", reports.toString(), "--organ", "某区", "-o", output.toString(), "--table", table.toString()));
		assertEquals(2 + 4 + 1, Files.readAllLines(table).size());
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "", ""), CommandLineRun.of("check", output.toString()).withoutInformation());
		String first = Files.readString(output);
		assertEquals(ExitCodes.CLEAN, CommandLineRun.of("sum", reports.toString(), "--organ", "某区", "-o", output.toString(),
				"--force").exitCode());
		assertEquals(first, Files.readString(output));
	}

	@Test
	void theSummingOrgansOwnReportsInTheFolderAreNotInputs() throws IOException {
		var reports = Files.createDirectories(folder.resolve("乡镇"));
		Files.copy(FORM_2019_60.get(0), reports.resolve(FORM_2019_60.get(0).getFileName()));
		String own = edit(jiangcheng2020(), "机关：江城镇", "机关：某区");
		Files.writeString(reports.resolve("某区-2019.govreport"), edit(own, "年度：2020", "年度：2019"));
		Files.writeString(reports.resolve("某区-2020.govreport"), own);
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "not summed: " + reports.resolve("某区-2019.govreport") + " 是 某区 自己的报告\n"
				+ "not summed: " + reports.resolve("某区-2020.govreport") + " 是 某区 自己的报告\n"
				+ "summed 1 report into " + folder.resolve("o.govreport") + " (2020, template 2019-60)\n", ""),
				CommandLineRun.of("sum", reports.toString(), "--organ", "某区", "-o", folder.resolve("o.govreport").toString()));
	}

	@Test
	void sumRefusesAMixOfTemplateVersionsAndWritesNothing() {
		var args = new ArrayList<String>(List.of("sum", "--organ", "某区", "-o", folder.resolve("某区-2020.govreport").toString()));
		FORM_2019_60.forEach(file -> args.add(file.toString()));
		args.add(HENGSHAN_2021_30.toString());
		CommandLineRun run = CommandLineRun.of(args.toArray(String[]::new));
		assertEquals(new CommandLineRun(ExitCodes.PROBLEMS, "", "govreport: reports of one year and one template version can be "
				+ "summed; these differ:\n" + HENGSHAN_2021_30 + ": 格式 2021-30（" + FORM_2019_60.get(0) + " 为 2019-60）\n"), run);
		assertEquals(false, Files.exists(folder.resolve("某区-2020.govreport")));
	}

	@Test
	void sumDoesNotOverwriteWithoutForce() throws IOException {
		Path output = Files.writeString(folder.resolve("某区-2020.govreport"), "mine");
		assertEquals(new CommandLineRun(ExitCodes.USAGE, "", "govreport: " + output + " exists; --force overwrites it\n"),
				CommandLineRun.of("sum", FORM_2019_60.get(0).toString(), "--organ", "某区", "-o", output.toString()));
		assertEquals("mine", Files.readString(output));
	}

	@Test
	void tableWritesTheWorkbookOrCsvByItsName() throws IOException {
		Path workbook = folder.resolve("汇总 表.xlsx");
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "wrote " + workbook + ": 5 reports\n", ""),
				CommandLineRun.of("table", FORM_2019_60.get(0).getParent().toString(), "-o", workbook.toString()));
		assertTrue(Files.size(workbook) > 0);
		CommandLineRun wrongName = CommandLineRun.of("table", FORM_2019_60.get(0).toString(), "-o", folder.resolve("t.ods").toString());
		assertEquals(ExitCodes.USAGE, wrongName.exitCode());
		assertTrue(wrongName.err().startsWith("-o: " + folder.resolve("t.ods") + ": the table is written as .xlsx or .csv\n"),
				wrongName::err);
	}

	@Test
	void diffPrintsTheChangedCellAndExitsOneEqualZeroBadInputTwo() throws IOException {
		Path before = Files.writeString(folder.resolve("a.govreport"), jiangcheng2020());
		Path after = Files.writeString(folder.resolve("b.govreport"), edit(jiangcheng2020(), "行政处罚 | 26 | 6", "行政处罚 | 26 | 8"));
		assertEquals(new CommandLineRun(ExitCodes.PROBLEMS, "表 二 · 第二十条第（六）项 · 行政处罚 · 本年增/减: 6 → 8\n", ""),
				CommandLineRun.of("diff", before.toString(), after.toString()));
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "", ""), CommandLineRun.of("diff", before.toString(), before.toString()));
		Path missing = folder.resolve("无.govreport");
		assertEquals(new CommandLineRun(ExitCodes.USAGE, "", "govreport: " + missing + ": no such file or folder\n"),
				CommandLineRun.of("diff", before.toString(), missing.toString()));
	}
}
