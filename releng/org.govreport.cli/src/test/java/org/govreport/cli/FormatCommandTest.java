package org.govreport.cli;

import static org.govreport.headless.ExampleReports.jiangcheng2020;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatCommandTest {
	private static final String UNALIGNED = "机关: 江城镇\n年度：2020\n二、主动公开政府信息情况\n第二十条第（一）项 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n规章|0|0|0\n规范性文件 | 12 | 3 | 150\n";
	private static final String ALIGNED = """
			机关：江城镇
			年度：2020
			二、主动公开政府信息情况
			第二十条第（一）项 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量
			规章               |              0 |              0 |              0
			规范性文件         |             12 |              3 |            150
			""";

	@TempDir
	Path folder;

	@Test
	void checkListsAReportOutOfLayoutAndLeavesItAlone() throws IOException {
		Path report = write("江城镇-2020.govreport", UNALIGNED);
		assertEquals(new CommandLineRun(ExitCodes.PROBLEMS,
				report + ": not in the canonical layout (govreport fmt rewrites it)\n", ""),
				CommandLineRun.of("fmt", "--check", report.toString()));
		assertEquals(UNALIGNED, Files.readString(report));
	}

	@Test
	void fmtAlignsTheColumnsAndASecondRunChangesNothing() throws IOException {
		Path report = write("江城镇-2020.govreport", UNALIGNED);
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "formatted " + report + "\n", ""), CommandLineRun.of("fmt", report.toString()));
		assertEquals(ALIGNED, Files.readString(report));
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "", ""), CommandLineRun.of("fmt", report.toString()));
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "", ""), CommandLineRun.of("fmt", "--check", report.toString()));
	}

	@Test
	void theExamplesKeepTheirNumbersWhenFormatted() throws IOException {
		Path report = write("江城镇-2020.govreport", jiangcheng2020());
		CommandLineRun.of("fmt", folder.toString());
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "", ""), CommandLineRun.of("check", report.toString()).withoutInformation());
	}

	@Test
	void aMissingFileIsAUsageError() {
		Path missing = folder.resolve("无.govreport");
		assertEquals(new CommandLineRun(ExitCodes.USAGE, "", "govreport: " + missing + ": no such file or folder\n"),
				CommandLineRun.of("fmt", missing.toString()));
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(folder.resolve(name), content);
	}
}
