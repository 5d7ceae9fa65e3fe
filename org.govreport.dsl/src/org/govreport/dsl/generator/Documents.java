package org.govreport.dsl.generator;

import org.govreport.dsl.generator.docx.DocxRenderer;
import org.govreport.dsl.generator.html.HtmlRenderer;
import org.govreport.dsl.generator.json.JsonRenderer;
import org.govreport.dsl.generator.pdf.PdfRenderer;
import org.govreport.dsl.generator.text.TextRenderer;

/** The renderer of each format. Renderers hold no per-document state and may be shared. */
public final class Documents {
	private Documents() {
	}

	public static DocumentRenderer renderer(DocumentFormat format) {
		return switch (format) {
		case HTML -> new HtmlRenderer();
		case DOCX -> new DocxRenderer();
		case PDF -> new PdfRenderer();
		case TXT -> new TextRenderer();
		case JSON -> new JsonRenderer();
		};
	}
}
