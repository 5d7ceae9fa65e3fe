package org.govreport.dsl.generator.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.govreport.dsl.generator.DocumentRenderer;
import org.govreport.dsl.model.Report;

/** The report as one self-contained HTML page (UTF-8). */
public final class HtmlRenderer implements DocumentRenderer {

	@Override
	public void render(Report report, OutputStream out) throws IOException {
		out.write(HtmlDocument.of(report, FontFamilies.CUSTOMARY).getBytes(StandardCharsets.UTF_8));
	}
}
