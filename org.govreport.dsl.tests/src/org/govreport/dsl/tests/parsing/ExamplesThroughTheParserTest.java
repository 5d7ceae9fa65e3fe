package org.govreport.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The whole pipeline on real files: the Xtext parser, the source lines, the model and the rules.
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
}
