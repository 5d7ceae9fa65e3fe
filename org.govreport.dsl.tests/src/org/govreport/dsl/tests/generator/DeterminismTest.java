package org.govreport.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.tests.GovReportInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The same source gives byte-identical files in every format, so that builds can be diffed and cached. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovReportInjectorProvider.class)
class DeterminismTest {

	@Inject
	private ParseHelper<org.govreport.dsl.govReport.Report> parser;

	@Test
	void everyExampleRendersToTheSameBytesTwice() throws Exception {
		for (var example : ExampleReports.all(parser).entrySet()) {
			for (DocumentFormat format : DocumentFormat.values()) {
				var first = ExampleReports.render(example.getValue(), format);
				// a later second lets anything that reads the clock show up as a difference
				Thread.sleep(format == DocumentFormat.DOCX || format == DocumentFormat.PDF ? 1100 : 0);
				var second = ExampleReports.render(example.getValue(), format);
				assertTrue(first.length > 0, example.getKey() + " " + format);
				assertArrayEquals(first, second, example.getKey() + " " + format);
			}
		}
	}
}
