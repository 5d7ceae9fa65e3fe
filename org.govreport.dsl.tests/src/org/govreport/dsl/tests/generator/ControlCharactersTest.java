package org.govreport.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.documents.Documents;
import org.govreport.dsl.tests.ReportTesting;
import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.Test;

/**
 * Control characters pasted into prose (found by the renderer fuzz test: U+0011 made the PDF renderer
 * throw) are printed as U+FFFD in the XML formats, and every format still renders.
 */
class ControlCharactersTest {

	@Test
	void controlCharactersInProseRenderInEveryFormat() throws Exception {
		var report = ReportTesting.report(ReportTesting.edit(SampleReports.V2019, "（一）主动公开情况\n",
				"（一）主动公开情况\n甲\u0011乙\u0000丙\uD800丁\n"));
		for (DocumentFormat format : Documents.IN_BUNDLE) {
			var out = new ByteArrayOutputStream();
			Documents.renderer(format).render(report, out);
			assertTrue(out.size() > 0, format.toString());
			if (format == DocumentFormat.HTML) {
				assertTrue(out.toString(StandardCharsets.UTF_8).contains("甲\uFFFD乙\uFFFD丙\uFFFD丁"));
			}
		}
	}
}
