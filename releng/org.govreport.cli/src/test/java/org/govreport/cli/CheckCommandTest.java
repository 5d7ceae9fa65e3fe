package org.govreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class CheckCommandTest {

	@TempDir
	Path folder;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	@Test
	void aSyntaxErrorIsPrintedGccStyleAndFailsTheCheck() throws IOException {
		Path report = write("bad.govreport", "机关：江城镇\n年度 2021\n");
		assertEquals(ExitCodes.PROBLEMS, run("check", report.toString()));
		assertEquals(true, out.toString().contains(report + ":2:4: error [org.eclipse.xtext.diagnostics.Diagnostic.Syntax] "),
				out::toString);
	}

	@Test
	void aFolderIsSearchedForReports() throws IOException {
		write("a/ok.govreport", """
				机关：江城镇
				年度：2021
				一、总体情况
				\"""概况。\"""
				二、主动公开政府信息情况
				三、收到和处理政府信息公开申请情况
				四、政府信息公开行政复议、行政诉讼情况
				五、存在的主要问题及改进情况
				\"""无。\"""
				六、其他需要报告的事项
				\"""无。\"""
				""");
		write("b/bad.govreport", "年度 2021\n");
		assertEquals(ExitCodes.PROBLEMS, run("check", folder.toString()));
		assertEquals(true, out.toString().contains("bad.govreport:1:"), out::toString);
		assertEquals(false, out.toString().contains("ok.govreport"), out::toString);
	}

	@Test
	void aMissingFileIsAUsageError() {
		assertEquals(ExitCodes.USAGE, run("check", folder.resolve("nothing.govreport").toString()));
		assertEquals(true, err.toString().contains("nothing.govreport"), err::toString);
	}

	@Test
	void helpListsTheCommands() {
		assertEquals(ExitCodes.CLEAN, run("--help"));
		assertEquals(true, out.toString().contains("check"), out::toString);
	}

	private int run(String... args) {
		CommandLine commandLine = GovReportCommand.commandLine();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		return commandLine.execute(args);
	}

	private Path write(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}
}
