package org.govreport.cli;

import static org.govreport.headless.ExampleReports.FORM_2019_60;
import static org.govreport.headless.ExampleReports.edit;
import static org.govreport.headless.ExampleReports.jiangcheng2020;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What trying sum, table and diff by hand turned up: a summed report in the folder tabled, an output path
 * that is a folder, a failed run over an earlier output, a report with a syntax error given to diff.
 */
class ManyReportsAsAUserTest {

	@TempDir
	Path folder;

	@Test
	void aTableOfAFolderHoldingItsSumSaysTheTotalsLeaveTheSumOut() throws IOException {
		Path reports = Files.createDirectories(folder.resolve("乡 镇"));
		for (Path example : FORM_2019_60) {
			Files.copy(example, reports.resolve(example.getFileName()));
		}
		Path sum = reports.resolve("某区-2020.govreport");
		assertEquals(ExitCodes.CLEAN, CommandLineRun.of("sum", reports.toString(), "--organ", "某区", "-o", sum.toString()).exitCode());
		Path table = folder.resolve("表.csv");
		CommandLineRun run = CommandLineRun.of("table", reports.toString(), "-o", table.toString());
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "wrote " + table + ": 5 reports (the totals leave out 1 summed: " + sum
				+ " 是汇总报告，所汇总的 三江乡、重庆市大渡口区八桥镇、江城镇、町店镇人民政府 的报告也在其中)\n", ""), run);
	}

	@Test
	void sumRefusesAnInputWithErrorsNamingEachErrorsFileLineAndColumn() throws IOException {
		Path broken = Files.writeString(folder.resolve("江城镇-2020.govreport"), edit(jiangcheng2020(),
				"一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0", "一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 0"));
		CommandLineRun run = CommandLineRun.of("sum", FORM_2019_60.get(0).toString(), broken.toString(), "--organ", "某区", "-o",
				folder.resolve("某区-2020.govreport").toString());
		assertEquals(ExitCodes.PROBLEMS, run.exitCode());
		assertTrue(run.out().matches("(?s)(" + Pattern.quote(broken.toString()) + ":\\d+:\\d+: error \\[govreport\\.balance\\.R1\\] [^\n]+\n)+"),
				run.out());
		assertEquals("govreport: " + broken + " has errors\nnot summed (--force sums them anyway)\n", run.err());
	}

	@Test
	void anOutputThatIsAFolderIsRefusedBeforeAnyReportIsRead() throws IOException {
		Path sumFolder = Files.createDirectories(folder.resolve("某区-2020.govreport"));
		assertEquals(new CommandLineRun(ExitCodes.USAGE, "", "govreport: " + sumFolder + " is a folder; -o names the report file to write\n"),
				CommandLineRun.of("sum", FORM_2019_60.get(0).toString(), "--organ", "某区", "-o", sumFolder.toString(), "--force"));
		Path tableFolder = Files.createDirectories(folder.resolve("表.xlsx"));
		assertEquals(new CommandLineRun(ExitCodes.USAGE, "", "govreport: " + tableFolder + " is a folder; -o names the table file to write\n"),
				CommandLineRun.of("table", FORM_2019_60.get(0).toString(), "-o", tableFolder.toString()));
	}

	@Test
	void aRunThatFailsLeavesTheEarlierOutputAsItWas() throws IOException {
		Path csv = Files.writeString(folder.resolve("表.csv"), "earlier");
		Path missing = folder.resolve("无.govreport");
		assertEquals(ExitCodes.USAGE, CommandLineRun.of("table", FORM_2019_60.get(0).toString(), missing.toString(), "-o",
				csv.toString()).exitCode());
		assertEquals("earlier", Files.readString(csv));
		Path sum = Files.writeString(folder.resolve("某区-2020.govreport"), "earlier");
		Path otherYear = Files.writeString(folder.resolve("江城镇-2019.govreport"), edit(jiangcheng2020(), "年度：2020", "年度：2019"));
		assertEquals(ExitCodes.PROBLEMS, CommandLineRun.of("sum", FORM_2019_60.get(0).toString(), otherYear.toString(), "--organ",
				"某区", "-o", sum.toString(), "--force").exitCode());
		assertEquals("earlier", Files.readString(sum));
	}

	@Test
	void aTableThatCannotBeWrittenNamesTheFileOnce() throws IOException {
		Path notAFolder = Files.writeString(folder.resolve("file"), "");
		Path csv = notAFolder.resolve("表.csv");
		CommandLineRun run = CommandLineRun.of("table", FORM_2019_60.get(0).toString(), "-o", csv.toString());
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertTrue(run.err().startsWith("govreport: " + csv + ": cannot write: ") && run.err().indexOf(csv.toString())
				== run.err().lastIndexOf(csv.toString()), run.err());
	}

	@Test
	void aFolderWhoseNameBeginsWithADashIsToldHowToBeNamed() throws IOException {
		// relative to the working directory, as a user types it: an absolute path never begins with a dash
		Path dashed = Files.createDirectories(Path.of("-乡镇-" + ProcessHandle.current().pid()));
		try {
			Files.copy(FORM_2019_60.get(0), dashed.resolve(FORM_2019_60.get(0).getFileName()));
			CommandLineRun run = CommandLineRun.of("table", dashed.toString(), "-o", folder.resolve("t.csv").toString());
			assertEquals(ExitCodes.USAGE, run.exitCode());
			assertTrue(run.err().endsWith("govreport: " + dashed + " is taken for an option; the file or folder of that name is ./"
					+ dashed + ", or put it after --\n"), run.err());
			assertEquals(ExitCodes.CLEAN, CommandLineRun.of("table", "./" + dashed, "-o", folder.resolve("t.csv").toString()).exitCode());
		} finally {
			Files.delete(dashed.resolve(FORM_2019_60.get(0).getFileName()));
			Files.delete(dashed);
		}
	}

	@Test
	void diffRefusesAReportWithASyntaxErrorNamingWhereItIs() throws IOException {
		Path before = Files.writeString(folder.resolve("a.govreport"), jiangcheng2020());
		Path broken = Files.writeString(folder.resolve("b.govreport"), edit(jiangcheng2020(), "行政处罚 | 26 | 6", "行政处罚 | 26 | 6 \"\"\""));
		CommandLineRun run = CommandLineRun.of("diff", before.toString(), broken.toString());
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertEquals("", run.out());
		assertTrue(run.err().matches("(?s)govreport: " + Pattern.quote(broken.toString())
				+ ":\\d+:\\d+: error \\[org.eclipse.xtext.diagnostics.Diagnostic.Syntax\\] 此处不能有“\"\"\" \\| 0…”.*\n"
				+ Pattern.quote(broken.toString()) + ": not compared: .*\n"), run.err());
		assertTrue(run.err().lines().count() == 2, "the syntax error quotes the open block's first line only: " + run.err());
	}
}
