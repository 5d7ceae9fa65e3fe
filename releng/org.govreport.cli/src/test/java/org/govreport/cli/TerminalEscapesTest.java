package org.govreport.cli;

import static org.govreport.headless.ExampleReports.edit;
import static org.govreport.headless.ExampleReports.jiangcheng2020;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file name cannot forge a finding line or drive the terminal (issue 11, item 15). */
class TerminalEscapesTest {
	private static final String UNBALANCED = edit(jiangcheng2020(),
			"一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0", "一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 0");

	@TempDir
	Path folder;

	@Test
	void controlCharactersInFileNamesArePrintedAsEscapes() throws IOException {
		String name = "x.govreport:1:1: error [fake] all is well\n\u001b[2J江城镇.govreport";
		Path report = Files.writeString(folder.resolve(name), UNBALANCED);
		String shown = folder + "/x.govreport:1:1: error [fake] all is well\\n\\x1b[2J江城镇.govreport";
		CommandLineRun check = CommandLineRun.of("check", report.toString()).withoutInformation();
		assertEquals(new CommandLineRun(ExitCodes.PROBLEMS,
				shown + ":30:20: error [govreport.balance.R1] 一 自然人 应为 0（各项均为 0），实为 1，多 1\n", ""), check);
		CommandLineRun build = CommandLineRun.of("build", "--force", report.toString(), "--to", "txt", "-o",
				folder.resolve("out").toString());
		assertEquals(2, build.out().lines().filter(line -> line.startsWith(shown)).count(), build::out);
		assertEquals(0, build.out().chars().filter(c -> c == 0x1b).count(), build::out);
	}

	@Test
	void jsonKeepsTheNameAsItIs() throws IOException {
		Path report = Files.writeString(folder.resolve("a\tb.govreport"), UNBALANCED);
		CommandLineRun json = CommandLineRun.of("check", "--format", "json", report.toString());
		assertEquals(true, json.out().contains("a\\tb.govreport"), json::out);
	}
}
