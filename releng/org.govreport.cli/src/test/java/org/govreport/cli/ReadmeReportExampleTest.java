package org.govreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report README's "A report" section teaches with checks clean: a reader copying it meets no error. */
class ReadmeReportExampleTest {
	private static final Path README = Path.of("../../README.md");
	private static final String FENCE = "```\n";

	@TempDir
	Path folder;

	@Test
	void theReportOfTheSectionChecksClean() throws IOException {
		String readme = Files.readString(README);
		int section = readme.indexOf("\n## A report\n");
		assertTrue(section >= 0, "README has no section 'A report'");
		int start = readme.indexOf(FENCE, section) + FENCE.length();
		String report = readme.substring(start, readme.indexOf(FENCE, start));
		assertTrue(report.contains("（一）主动公开情况\n") && report.contains("\"\"\"注："), report);
		Path file = Files.writeString(folder.resolve("江城镇-2020.govreport"), report);
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "", ""), CommandLineRun.of("check", file.toString()).withoutInformation());
	}
}
