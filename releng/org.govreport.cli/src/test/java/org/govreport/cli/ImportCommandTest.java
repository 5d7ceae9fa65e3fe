package org.govreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
	/** A published report as text copied out of Word: a cell a line behind a tab, a blank line after a row. */
	private static final String PUBLISHED = """
			江城镇2020年政府信息公开工作年度报告
			一、总体情况
			2020年，江城镇没有收到依申请公开请求。
			二、主动公开政府信息情况
			\t第二十条第（八）项

			\t信息内容
			\t上一年项目数量
			\t本年增/减

			\t行政事业性收费
			\t1
			\t无

			三、收到和处理政府信息公开申请情况
			四、政府信息公开行政复议、行政诉讼情况
			\t行政复议
			\t行政诉讼

			\t%s
			\t0
			\t0
			\t0
			\t%s

			五、存在的主要问题及改进情况
			无。
			六、其他需要报告的事项
			无。
			""";

	@TempDir
	Path folder;

	@Test
	void aPublishedReportIsImportedWithWhatWasInterpretedOnStandardError() throws IOException {
		Path source = Files.writeString(folder.resolve("江城镇.txt"), PUBLISHED.formatted(0, 0));
		Path imported = folder.resolve("江城镇-2020.govreport");
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "已导入 " + source + " → " + imported + "（1 条说明）\n",
				source + ":13:2: 导入：行政事业性收费 本年增/减：原文“无”，按 0\n"), CommandLineRun.of("import", source.toString()));
		assertEquals("行政事业性收费     |              1 |         0 # 导入：本年增/减（13:2）原文“无”，按 0",
				Files.readString(imported).lines().filter(line -> line.startsWith("行政事业性收费")).findFirst().orElseThrow());
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "", ""), CommandLineRun.of("check", imported.toString()).withoutInformation());
	}

	@Test
	void aPublishedReportThatDoesNotBalanceIsReportedAtOnce() throws IOException {
		Path source = Files.writeString(folder.resolve("江城镇.txt"), PUBLISHED.formatted(2, 0));
		Path out = Files.createDirectory(folder.resolve("out"));
		Path imported = out.resolve("江城镇-2020.govreport");
		var run = CommandLineRun.of("import", "-o", out.toString(), source.toString());
		assertEquals(ExitCodes.PROBLEMS, run.exitCode());
		assertEquals("已导入 " + source + " → " + imported + "（1 条说明）\n" + checkOutput(imported), run.out());
	}

	@Test
	void anUnreadableReportIsAnErrorAndWritesNothing() throws IOException {
		Path source = Files.writeString(folder.resolve("纪要.txt"), "会议纪要\n今天开会。\n");
		assertEquals(new CommandLineRun(ExitCodes.PROBLEMS, "", "govreport: " + source
				+ ": 找不到年度报告的任何部分（如“一、总体情况”“二、主动公开政府信息情况”），不像政府信息公开工作年度报告\n"),
				CommandLineRun.of("import", source.toString()));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(1, files.count());
		}
	}

	@Test
	void anExistingReportIsNotOverwrittenAndIsBadUsageAsInNew() throws IOException {
		Path source = Files.writeString(folder.resolve("江城镇.txt"), PUBLISHED.formatted(0, 0));
		Path existing = Files.writeString(folder.resolve("江城镇-2020.govreport"), "mine");
		assertEquals(new CommandLineRun(ExitCodes.USAGE, "", "govreport: " + source + ": " + existing
				+ " 已存在；加 --force 覆盖\n"), CommandLineRun.of("import", source.toString()));
		assertEquals("mine", Files.readString(existing));
		assertEquals(ExitCodes.CLEAN, CommandLineRun.of("import", "--force", source.toString()).exitCode());
	}

	@Test
	void aFolderImportsEveryReportInItWithALineEachAndATotal() throws IOException {
		Path reports = Files.createDirectory(folder.resolve("年报 (2020)"));
		Path text = Files.writeString(reports.resolve("江城镇 年报.txt"), PUBLISHED.formatted(0, 0));
		Path page = Files.writeString(reports.resolve("三江乡.htm"), PUBLISHED.formatted(0, 0).replace("江城镇", "三江乡")
				.lines().map(line -> "<p>" + line.replace("\t", "") + "</p>").reduce("<html><body>", String::concat) + "</body></html>");
		Path broken = Files.write(reports.resolve("八桥镇.docx"), new byte[] { 1, 2, 3 });
		Files.writeString(reports.resolve("说明.md"), "not a report");
		var run = CommandLineRun.of("import", reports.toString());
		assertEquals(ExitCodes.PROBLEMS, run.exitCode(), run.err());
		assertEquals("已导入 " + page + " → " + reports.resolve("三江乡-2020.govreport") + "（1 条说明）\n"
				+ "已导入 " + text + " → " + reports.resolve("江城镇-2020.govreport") + "（1 条说明）\n"
				+ "共 3 个文件，导入 2 个，1 个未导入\n", run.out());
		assertEquals("govreport: " + broken + ": 不是 Word 文档（.docx 文件应是 ZIP 压缩包，此文件不是）",
				run.err().lines().filter(line -> line.startsWith("govreport:")).findFirst().orElseThrow());
	}

	@Test
	void twoInputsOfOneOrganAndYearAreRefusedByNameEvenWithForce() throws IOException {
		Path first = Files.writeString(folder.resolve("a.txt"), PUBLISHED.formatted(0, 0));
		Path second = Files.writeString(folder.resolve("b.txt"), PUBLISHED.formatted(0, 0));
		Path target = folder.resolve("江城镇-2020.govreport");
		var run = CommandLineRun.of("import", "--force", first.toString(), second.toString());
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertEquals("govreport: " + first + ": 与 " + second + " 是同一机关同一年度的报告，都会写到 " + target
				+ "；都未导入，请只留一份或分别用 -o 导出\n" + "govreport: " + second + ": 与 " + first
				+ " 是同一机关同一年度的报告，都会写到 " + target + "；都未导入，请只留一份或分别用 -o 导出\n", run.err());
		assertEquals(false, Files.exists(target));
	}

	@Test
	void aTextOverTheSizeLimitIsRefusedBeforeAnythingIsWritten() throws IOException {
		Path big = folder.resolve("江城镇.txt");
		Files.writeString(big, PUBLISHED.formatted(0, 0) + "无。\n".repeat(3_000_000));
		var run = CommandLineRun.of("import", big.toString());
		assertEquals(ExitCodes.PROBLEMS, run.exitCode());
		assertEquals("govreport: " + big + ": 文件过大（" + Files.size(big) + " 字节，此类文件导入上限 8388608 字节），不像一份年度报告；未导入\n",
				run.err());
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(1, files.count());
		}
	}

	@Test
	void aMissingInputIsBadUsage() {
		var run = CommandLineRun.of("import", folder.resolve("无此文件.pdf").toString());
		assertEquals(new CommandLineRun(ExitCodes.USAGE, "", "govreport: " + folder.resolve("无此文件.pdf") + ": 没有这个文件或文件夹\n"), run);
	}

	/** What check prints for the file: import must print the same findings. */
	/** What check prints about the report, information aside (import does not print it). */
	private static String checkOutput(Path report) {
		var check = CommandLineRun.of("check", report.toString()).withoutInformation();
		assertEquals(ExitCodes.PROBLEMS, check.exitCode(), check.out());
		return check.out();
	}
}
