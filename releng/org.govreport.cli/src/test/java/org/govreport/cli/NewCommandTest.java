package org.govreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

	@TempDir
	Path folder;

	@Test
	void aNewReportHasEverySectionAndChecksClean() throws IOException {
		Path report = folder.resolve("江城镇-2021.govreport");
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "wrote " + report + " (template 2021-30)\n", ""),
				CommandLineRun.of("new", "--organ", "江城镇", "--year", "2021", "--level", "乡镇", "-o", report.toString()));
		String text = Files.readString(report);
		assertEquals(true, text.startsWith("# 江城镇 2021 年度报告"), text);
		for (String heading : new String[] { "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
				"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项" }) {
			assertEquals(true, text.contains("\n" + heading + "\n"), heading);
		}
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "", ""), CommandLineRun.of("check", report.toString()).withoutInformation());
	}

	/** Every value --help gives as an example is one the command takes: each level it lists writes a clean report. */
	@Test
	void theExamplesOfTheHelpAreAcceptedValues() {
		// the help wraps Chinese anywhere (省级部 / 门): read it with every space and line break taken out
		String help = CommandLineRun.of("new", "--help").out().replaceAll("\\s+", "");
		Matcher levels = Pattern.compile("rules:oneof(.+?)\\.").matcher(help);
		assertTrue(levels.find(), help);
		Matcher organ = Pattern.compile("organ,e\\.g\\.(\\S+?)\\.").matcher(help);
		Matcher year = Pattern.compile("reportedon,e\\.g\\.(\\d+)\\.").matcher(help);
		assertTrue(organ.find() && year.find(), help);
		List<String> names = List.of(levels.group(1).split(","));
		assertEquals(8, names.size(), names::toString);
		for (String level : names) {
			Path report = folder.resolve(level + ".govreport");
			assertEquals(ExitCodes.CLEAN, CommandLineRun.of("new", "--organ", organ.group(1), "--year", year.group(1), "--level", level,
					"-o", report.toString()).exitCode(), level);
			assertEquals(new CommandLineRun(ExitCodes.CLEAN, "", ""), CommandLineRun.of("check", report.toString()).withoutInformation(), level);
		}
	}

	@Test
	void theTemplateCanBeChosen() throws IOException {
		Path report = folder.resolve("r.govreport");
		assertEquals(ExitCodes.CLEAN, CommandLineRun.of("new", "--organ", "江城镇", "--year", "2021", "--template", "2019-60",
				"-o", report.toString()).exitCode());
		String header = "# 江城镇 2021 年度报告，格式依据 国办公开办函〔2019〕60号\n机关：江城镇\n年度：2021\n格式：2019-60\n\n# 前言：";
		assertEquals(header, Files.readString(report).substring(0, header.length()));
	}

	@Test
	void anExistingFileIsNotOverwritten() throws IOException {
		Path report = Files.writeString(folder.resolve("江城镇-2021.govreport"), "mine");
		assertEquals(new CommandLineRun(ExitCodes.USAGE, "", "govreport: " + report + " exists; --force overwrites it\n"),
				CommandLineRun.of("new", "--organ", "江城镇", "--year", "2021", "-o", report.toString()));
		assertEquals("mine", Files.readString(report));
	}

	@Test
	void anUnknownTemplateIsAUsageError() {
		CommandLineRun run = CommandLineRun.of("new", "--organ", "江城镇", "--year", "2021", "--template", "2030-1",
				"-o", folder.resolve("x.govreport").toString());
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertEquals(true, run.err().startsWith("unknown --template '2030-1'; one of 2019-60, 2021-30\n"), run::err);
	}
}
