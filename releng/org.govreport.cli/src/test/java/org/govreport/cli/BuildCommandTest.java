package org.govreport.cli;

import static org.govreport.headless.ExampleReports.edit;
import static org.govreport.headless.ExampleReports.jiangcheng2020;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
	private static final String UNBALANCED = edit(jiangcheng2020(),
			"一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0", "一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 0");

	@TempDir
	Path folder;

	@Test
	void aReportThatValidatesIsWrittenInTheFormatsAsked() throws IOException {
		Path report = write("reports/江城镇-2020.govreport", jiangcheng2020());
		Path out = folder.resolve("out");
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, report + " → " + out.resolve("江城镇-2020.html") + " "
				+ out.resolve("江城镇-2020.txt") + "\nbuilt 1 of 1 reports: 2 documents in " + out + "\n", ""),
				CommandLineRun.of("build", report.toString(), "--to", "html,txt", "-o", out.toString()));
		assertEquals(List.of("江城镇-2020.html", "江城镇-2020.txt"), names(out));
		assertEquals(true, Files.readString(out.resolve("江城镇-2020.txt")).contains("江城镇"));
	}

	@Test
	void ofdIsWrittenWhenAskedFor() throws IOException {
		Path report = write("江城镇-2020.govreport", jiangcheng2020());
		Path out = folder.resolve("out");
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, report + " → " + out.resolve("江城镇-2020.ofd")
				+ "\nbuilt 1 of 1 reports: 1 documents in " + out + "\n", ""),
				CommandLineRun.of("build", report.toString(), "--to", "ofd", "-o", out.toString()));
		assertEquals(List.of("江城镇-2020.ofd"), names(out));
	}

	@Test
	void aReportWithErrorsIsRefusedAndNothingIsWritten() throws IOException {
		Path report = write("江城镇-2020.govreport", UNBALANCED);
		Path out = folder.resolve("out");
		assertEquals(new CommandLineRun(ExitCodes.PROBLEMS,
				report + ":30:20: error [govreport.balance.R1] 一 自然人 应为 0（各项均为 0），实为 1，多 1\n"
						+ "built 0 of 1 reports: 0 documents in " + out + "\n",
				"govreport: " + report + " has errors: not built (--force builds it anyway)\n"),
				CommandLineRun.of("build", report.toString(), "--to", "json", "-o", out.toString()));
		assertEquals(false, Files.exists(out.resolve("江城镇-2020.json")));
	}

	@Test
	void aSecondReportOfTheSameOrganAndYearDoesNotOverwriteTheFirst() throws IOException {
		Path first = write("a/江城镇-2020.govreport", jiangcheng2020());
		Path second = write("b/江城镇-2020.govreport", jiangcheng2020());
		Path out = folder.resolve("out");
		assertEquals(new CommandLineRun(ExitCodes.PROBLEMS,
				first + " → " + out.resolve("江城镇-2020.txt") + "\nbuilt 1 of 2 reports: 1 documents in " + out + "\n",
				"govreport: " + second + ": not built: its documents would replace those of " + first + " (same organ and year)\n"),
				CommandLineRun.of("build", folder.resolve("a").toString(), folder.resolve("b").toString(), "--to", "txt", "-o",
						out.toString()));
	}

	@Test
	void forceBuildsAReportWithErrors() throws IOException {
		Path report = write("江城镇-2020.govreport", UNBALANCED);
		Path out = folder.resolve("out");
		CommandLineRun run = CommandLineRun.of("build", "--force", report.toString(), "--to", "json", "-o", out.toString());
		assertEquals(ExitCodes.CLEAN, run.exitCode(), run::toString);
		assertEquals(List.of("江城镇-2020.json"), names(out));
	}

	@Test
	void everyFormatIsBuiltByDefault() throws IOException {
		Path report = write("江城镇-2020.govreport", jiangcheng2020());
		Path out = folder.resolve("out");
		assertEquals(ExitCodes.CLEAN, CommandLineRun.of("build", report.toString(), "-o", out.toString()).exitCode());
		assertEquals(List.of("江城镇-2020.docx", "江城镇-2020.html", "江城镇-2020.json", "江城镇-2020.pdf", "江城镇-2020.txt"),
				names(out));
	}

	@Test
	void anUnknownFormatIsAUsageError() throws IOException {
		Path report = write("江城镇-2020.govreport", jiangcheng2020());
		CommandLineRun run = CommandLineRun.of("build", report.toString(), "--to", "html,odt", "-o", folder.toString());
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertEquals(true, run.err().startsWith("--to: unknown format 'odt'; one of html, docx, pdf, txt, json, ofd\n"), run::err);
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

	private Path write(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}
}
