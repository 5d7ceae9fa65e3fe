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
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "imported " + source + " -> " + imported + " (1 note)\n",
				source + ":13:2: 导入：行政事业性收费 本年增/减：原文“无”，按 0\n"), CommandLineRun.of("import", source.toString()));
		assertEquals("行政事业性收费     |              1 |         0 # 导入：本年增/减（13:2）原文“无”，按 0",
				Files.readString(imported).lines().filter(line -> line.startsWith("行政事业性收费")).findFirst().orElseThrow());
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "", ""), CommandLineRun.of("check", imported.toString()));
	}

	@Test
	void aPublishedReportThatDoesNotBalanceIsReportedAtOnce() throws IOException {
		Path source = Files.writeString(folder.resolve("江城镇.txt"), PUBLISHED.formatted(2, 0));
		Path out = Files.createDirectory(folder.resolve("out"));
		Path imported = out.resolve("江城镇-2020.govreport");
		var run = CommandLineRun.of("import", "-o", out.toString(), source.toString());
		assertEquals(ExitCodes.PROBLEMS, run.exitCode());
		assertEquals("imported " + source + " -> " + imported + " (1 note)\n" + checkOutput(imported), run.out());
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
	void anExistingReportIsNotOverwritten() throws IOException {
		Path source = Files.writeString(folder.resolve("江城镇.txt"), PUBLISHED.formatted(0, 0));
		Path existing = Files.writeString(folder.resolve("江城镇-2020.govreport"), "mine");
		assertEquals(new CommandLineRun(ExitCodes.PROBLEMS, "", "govreport: " + source + ": " + existing
				+ " exists; --force overwrites it\n"), CommandLineRun.of("import", source.toString()));
		assertEquals("mine", Files.readString(existing));
	}

	/** What check prints for the file: import must print the same findings. */
	private static String checkOutput(Path report) {
		var check = CommandLineRun.of("check", report.toString());
		assertEquals(ExitCodes.PROBLEMS, check.exitCode(), check.out());
		return check.out();
	}
}
