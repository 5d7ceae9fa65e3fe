package org.govreport.cli;

import static org.govreport.headless.ExampleReports.edit;
import static org.govreport.headless.ExampleReports.jiangcheng2020;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govreport.headless.SarifSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
	private static final String UNBALANCED = edit(jiangcheng2020(),
			"一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0", "一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 0");
	/** A township (乡镇) reporting rules (规章) it has no power to make: a warning, not an error. */
	private static final String WARNED = edit(jiangcheng2020(), "规章 | 0 | 0 | 0", "规章 | 1 | 1 | 1");

	@TempDir
	Path folder;

	/** Clean, but with no report of 2019 beside it: one piece of information naming the file looked for, exit 0. */
	@Test
	void aCleanReportPrintsOnlyThatLastYearsIsNotThereAndExitsZero() throws IOException {
		Path report = write("江城镇-2020.govreport", jiangcheng2020());
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, report + ":3:1: info [govreport.previous.notFound] 未找到上年报告 江城镇-2019.govreport"
				+ "（同一文件夹中机关为“江城镇”、年度为 2019 的报告；在别处请用“上年报告：”指明），跨年度核对（R7–R9）未进行\n", ""),
				CommandLineRun.of("check", report.toString()));
	}

	@Test
	void anErrorIsPrintedGccStyleAndExitsOne() throws IOException {
		Path report = write("江城镇-2020.govreport", UNBALANCED);
		expect(ExitCodes.PROBLEMS, report + ":30:20: error [govreport.balance.R1] 一 自然人 应为 0（各项均为 0），实为 1，多 1\n", "",
				"check", report.toString());
	}

	@Test
	void aSyntaxErrorNamesLineAndColumn() throws IOException {
		Path report = write("bad.govreport", "机关：江城镇\n年度 2021\n");
		expect(ExitCodes.PROBLEMS, """
				FILE:2:4: error [org.eclipse.xtext.diagnostics.Diagnostic.Syntax] 此处不能有“2021”，应为换行。一行写一项：字段（机关：名称）、标题、表格行（标签 | 数字 | …）或 \"\"\" 包住的正文
				FILE:2:1: error [govreport.field.missing] 缺少 年度：（例如 年度：2020）
				FILE:2:1: error [govreport.section.missing] 缺少“一、总体情况”部分
				FILE:2:1: error [govreport.section.missing] 缺少“二、主动公开政府信息情况”部分
				FILE:2:1: error [govreport.section.missing] 缺少“三、收到和处理政府信息公开申请情况”部分
				FILE:2:1: error [govreport.section.missing] 缺少“四、政府信息公开行政复议、行政诉讼情况”部分
				FILE:2:1: error [govreport.section.missing] 缺少“五、存在的主要问题及改进情况”部分
				FILE:2:1: error [govreport.section.missing] 缺少“六、其他需要报告的事项”部分
				""".replace("FILE", report.toString()), "", "check", report.toString());
	}

	@Test
	void warningsAloneExitZeroUnlessStrict() throws IOException {
		Path report = write("江城镇-2020.govreport", WARNED);
		String warnings = report + ":16:6: warning [govreport.level.R6] 乡镇 无权制定规章，规章 本年新制作数量 应为 0，实为 1\n"
				+ report + ":16:10: warning [govreport.level.R6] 乡镇 无权制定规章，规章 本年新公开数量 应为 0，实为 1\n"
				+ report + ":16:14: warning [govreport.level.R6] 乡镇 无权制定规章，规章 对外公开总数量 应为 0，实为 1\n";
		expect(ExitCodes.CLEAN, warnings, "", "check", report.toString());
		expect(ExitCodes.PROBLEMS, warnings, "", "check", "--strict", report.toString());
	}

	@Test
	void aFolderIsSearchedForReports() throws IOException {
		write("a/江城镇-2020.govreport", jiangcheng2020());
		Path unbalanced = write("b/江城镇-2020.govreport", UNBALANCED);
		write("b/notes.txt", "not a report");
		expect(ExitCodes.PROBLEMS, unbalanced + ":30:20: error [govreport.balance.R1] 一 自然人 应为 0（各项均为 0），实为 1，多 1\n",
				"", "check", folder.toString());
	}

	@Test
	void jsonListsTheFindingWithItsFix() throws IOException {
		Path report = write("江城镇-2020.govreport", UNBALANCED);
		expect(ExitCodes.PROBLEMS, """
				{
				  "files": 1,
				  "errors": 1,
				  "warnings": 0,
				  "findings": [
				    {
				      "file": "%s",
				      "line": 30,
				      "column": 20,
				      "endLine": 30,
				      "endColumn": 21,
				      "severity": "error",
				      "code": "govreport.balance.R1",
				      "message": "一 自然人 应为 0（各项均为 0），实为 1，多 1",
				      "fix": "0"
				    },
				    {
				      "file": "%1$s",
				      "line": 3,
				      "column": 1,
				      "endLine": 3,
				      "endColumn": 8,
				      "severity": "info",
				      "code": "govreport.previous.notFound",
				      "message": "未找到上年报告 江城镇-2019.govreport（同一文件夹中机关为“江城镇”、年度为 2019 的报告；在别处请用“上年报告：”指明），跨年度核对（R7–R9）未进行"
				    }
				  ]
				}
				""".formatted(report), "", "check", "--format", "json", report.toString());
	}

	@Test
	void sarifOfARealRunValidatesAgainstTheSchema() throws IOException {
		Path report = write("江城镇-2020.govreport", UNBALANCED);
		CommandLineRun run = CommandLineRun.of("check", "--format=sarif", report.toString());
		assertEquals(ExitCodes.PROBLEMS, run.exitCode());
		assertEquals(List.of(), SarifSchema.errors(run.out()));
		assertEquals(true, run.out().contains("\"ruleId\": \"govreport.balance.R1\""), run::out);
	}

	@Test
	void aMissingFileIsAUsageError() {
		Path missing = folder.resolve("nothing.govreport");
		expect(ExitCodes.USAGE, "", "govreport: " + missing + ": no such file or folder\n", "check", missing.toString());
	}

	@Test
	void aFileNotInUtf8IsUnreadableInput() throws IOException {
		Path report = folder.resolve("江城镇-2020.govreport");
		Files.write(report, jiangcheng2020().getBytes(Charset.forName("GBK")));
		expect(ExitCodes.USAGE, "", "govreport: " + report + ":1:3: not UTF-8 text (saved as GBK?); save the file as UTF-8\n",
				"check", report.toString());
	}

	@Test
	void anUnknownFormatIsAUsageError() throws IOException {
		Path report = write("江城镇-2020.govreport", jiangcheng2020());
		CommandLineRun run = CommandLineRun.of("check", "--format", "xml", report.toString());
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertEquals(true, run.err().startsWith("Invalid value for option '--format': expected one of [TEXT, JSON, SARIF] "),
				run::err);
	}

	@Test
	void helpListsTheCommands() {
		CommandLineRun run = CommandLineRun.of("--help");
		assertEquals(ExitCodes.CLEAN, run.exitCode());
		assertEquals(true, run.out().contains("check") && run.out().contains("fmt") && run.out().contains("new"), run::out);
	}

	/** Information lines aside: a report alone in its test folder has no last year's report beside it. */
	private void expect(int exitCode, String expectedOut, String expectedErr, String... args) {
		assertEquals(new CommandLineRun(exitCode, expectedOut, expectedErr), CommandLineRun.of(args).withoutInformation());
	}

	private Path write(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}
}
