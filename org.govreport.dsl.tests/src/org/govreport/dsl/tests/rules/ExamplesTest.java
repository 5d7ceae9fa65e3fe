package org.govreport.dsl.tests.rules;

import static org.govreport.dsl.tests.ReportTesting.expectNoErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.rules.ReportChecker;
import org.govreport.dsl.tests.Examples;
import org.govreport.dsl.tests.ParsedLines;
import org.junit.jupiter.api.Test;

/** The five real reports of shared/seeds, written in the language, check clean. */
class ExamplesTest {

	@Test
	void theFiveSeedReportsHaveNoErrors() throws IOException {
		var files = Examples.files();
		assertEquals(5, files.size(), files.toString());
		for (Path file : files) {
			var lines = ParsedLines.of(Files.readString(file));
			expectNoErrors(ReportChecker.check(lines, file.getFileName().toString(), null));
		}
	}

	@Test
	void theSeedInThe2021LayoutSaysSo() throws IOException {
		var file = Examples.files().stream().filter(path -> path.toString().contains("衡山镇")).findFirst().orElseThrow();
		var report = ReportAssembler.assemble(ParsedLines.of(Files.readString(file)), file.toString()).report();
		assertEquals("2021-30", report.template().id());
		assertEquals(2020, report.year());
	}
}
