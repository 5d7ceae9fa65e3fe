package org.govreport.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.parsing.SourceLinesReader;
import org.govreport.dsl.rules.ReportChecker;
import org.govreport.dsl.tests.Examples;
import org.govreport.dsl.tests.GovReportInjectorProvider;
import org.govreport.dsl.tests.ReportTesting;
import org.govreport.dsl.tests.SampleReports;
import org.govreport.dsl.tests.TestLines;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The whole pipeline on real files: the Xtext parser, the source lines, the model and the rules. It
 * also keeps the test-only line splitter honest: both must see the same report.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovReportInjectorProvider.class)
class ExamplesThroughTheParserTest {

	@Inject
	private ParseHelper<Report> parser;

	@Test
	void theExamplesParseWithoutSyntaxErrorsAndCheckClean() throws Exception {
		for (Path file : Examples.files()) {
			var text = Files.readString(file);
			var parsed = parser.parse(text);
			assertEquals(List.of(), parsed.eResource().getErrors().stream().map(Object::toString).toList(), file.toString());
			var diagnostics = ReportChecker.check(SourceLinesReader.read(parsed), file.getFileName().toString(), null);
			assertEquals("", ReportTesting.render(diagnostics.stream().filter(Diagnostic::isError).toList()), file.toString());
		}
	}

	@Test
	void theParserAndTheTestSplitterSeeTheSameFindings() throws Exception {
		var broken = SampleReports.V2019.replace("| 5 | 2 | 0 | 0 | 0 | 0 | 7", "| 6 | 2 | 0 | 0 | 0 | 0 | 7");
		var throughParser = ReportChecker.check(SourceLinesReader.read(parser.parse(broken)), ReportTesting.FILE, null);
		var throughSplitter = ReportChecker.check(TestLines.parse(broken), ReportTesting.FILE, null);
		assertEquals(ReportTesting.render(throughSplitter), ReportTesting.render(throughParser));
		assertFalse(throughParser.isEmpty());
	}
}
