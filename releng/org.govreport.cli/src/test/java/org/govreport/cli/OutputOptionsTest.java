package org.govreport.cli;

import static org.govreport.headless.ExampleReports.jiangcheng2020;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -o names a folder (build) or a file or folder (new), never quietly the current folder (issue 11, items 14, 16). */
class OutputOptionsTest {

	@TempDir
	Path folder;

	@Test
	void anEmptyOutputIsAUsageError() throws IOException {
		Path report = Files.writeString(folder.resolve("江城镇-2020.govreport"), jiangcheng2020());
		CommandLineRun build = CommandLineRun.of("build", report.toString(), "-o", "");
		assertEquals(ExitCodes.USAGE, build.exitCode());
		assertEquals(true, build.err().startsWith("-o: empty path; give a folder (. for the current one)\n"), build::err);
		CommandLineRun created = CommandLineRun.of("new", "--organ", "江城镇", "--year", "2021", "-o", "");
		assertEquals(ExitCodes.USAGE, created.exitCode());
		assertEquals(true, created.err().startsWith("-o: empty path; give a file or a folder\n"), created::err);
	}

	@Test
	void buildIntoAFileOrADeviceIsAUsageError() throws IOException {
		Path report = Files.writeString(folder.resolve("江城镇-2020.govreport"), jiangcheng2020());
		for (String output : new String[] { report.toString(), "/dev/null" }) {
			CommandLineRun run = CommandLineRun.of("build", report.toString(), "-o", output);
			assertEquals(ExitCodes.USAGE, run.exitCode(), output);
			assertEquals(true, run.err().startsWith("-o " + output + ": not a folder\n"), run::err);
		}
	}

	@Test
	void newIntoAFolderWritesTheReportThere() {
		Path report = folder.resolve("江城镇-2021.govreport");
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "wrote " + report + " (template 2021-30)\n", ""),
				CommandLineRun.of("new", "--organ", "江城镇", "--year", "2021", "-o", folder.toString()));
		assertEquals(true, Files.isRegularFile(report));
	}

	@Test
	void newNeverReplacesADevice() {
		CommandLineRun run = CommandLineRun.of("new", "--organ", "江城镇", "--year", "2021", "--force", "-o", "/dev/null");
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertEquals(true, run.err().startsWith("-o /dev/null: not a regular file or a folder\n"), run::err);
		assertEquals(true, Files.exists(Path.of("/dev/null")) && !Files.isRegularFile(Path.of("/dev/null")));
	}

	@Test
	void newRefusesWhatWouldNotCheckCleanAndWritesNothing() throws IOException {
		CommandLineRun empty = CommandLineRun.of("new", "--organ", " ", "--year", "2021", "-o", folder.toString());
		assertEquals(ExitCodes.USAGE, empty.exitCode());
		assertEquals(true, empty.err().startsWith("--organ: empty; give the organ's name, e.g. 江城镇\n"), empty::err);
		for (String year : new String[] { "-1", "1999", "99999" }) {
			CommandLineRun run = CommandLineRun.of("new", "--organ", "江城镇", "--year", year, "-o", folder.toString());
			assertEquals(ExitCodes.USAGE, run.exitCode(), year);
			Path file = folder.resolve("江城镇-" + year + ".govreport");
			assertEquals(true, run.err().contains(file + ":3:"), run::err);
			assertEquals(true, run.err().endsWith("govreport: " + file + " not written: a report for --organ 江城镇 --year "
					+ year + " would not check clean\n"), run::err);
		}
		try (var files = Files.list(folder)) {
			assertEquals(0, files.count(), "nothing written");
		}
	}
}
