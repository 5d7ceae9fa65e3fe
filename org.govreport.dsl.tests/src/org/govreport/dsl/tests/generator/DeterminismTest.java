package org.govreport.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;

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
		var reports = ExampleReports.all(parser);
		var first = new LinkedHashMap<String, byte[]>();
		for (var example : reports.entrySet()) {
			for (DocumentFormat format : DocumentFormat.values()) {
				first.put(example.getKey() + " " + format, ExampleReports.render(example.getValue(), format));
			}
		}
		// a later second lets anything that reads the clock (zip entry times, PDF dates) show up
		Thread.sleep(1100);
		for (var example : reports.entrySet()) {
			for (DocumentFormat format : DocumentFormat.values()) {
				var key = example.getKey() + " " + format;
				assertTrue(first.get(key).length > 0, key);
				assertArrayEquals(first.get(key), ExampleReports.render(example.getValue(), format), key);
			}
		}
	}
}
