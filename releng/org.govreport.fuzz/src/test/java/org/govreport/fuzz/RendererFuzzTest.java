package org.govreport.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.documents.Documents;
import org.govreport.dsl.model.Report;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Every report the parser accepts renders in every format, errors or not (`build --force` renders
 * reports with errors), and no text of the source gets into the HTML as markup.
 */
class RendererFuzzTest {

	@FuzzTest(maxDuration = "10m")
	void render(byte[] input) throws IOException {
		Report report = FuzzedReports.assemble(FuzzedReports.parse(new String(input, StandardCharsets.UTF_8))).report();
		for (DocumentFormat format : Documents.IN_BUNDLE) {
			var out = new ByteArrayOutputStream();
			Documents.renderer(format).render(report, out);
			if (format == DocumentFormat.HTML && out.toString(StandardCharsets.UTF_8).contains("<script")) {
				throw new AssertionError("markup from the source in the HTML");
			}
		}
	}
}
