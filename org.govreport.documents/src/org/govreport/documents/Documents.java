package org.govreport.documents;

import java.util.List;

import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.generator.DocumentRenderer;
import org.govreport.dsl.generator.docx.DocxRenderer;
import org.govreport.dsl.generator.html.HtmlRenderer;
import org.govreport.dsl.generator.json.JsonRenderer;
import org.govreport.dsl.generator.pdf.PdfRenderer;
import org.govreport.dsl.generator.text.TextRenderer;

/** The renderer of each format. Renderers hold no per-document state and may be shared. */
public final class Documents {
	/** What this bundle renders: every format but OFD, which only the headless tools write. */
	public static final List<DocumentFormat> IN_BUNDLE = List.of(DocumentFormat.HTML, DocumentFormat.DOCX,
			DocumentFormat.PDF, DocumentFormat.TXT, DocumentFormat.JSON);

	private Documents() {
	}

	/** @throws IllegalArgumentException for OFD, which the command line and the Maven plugin write */
	public static DocumentRenderer renderer(DocumentFormat format) {
		return switch (format) {
		case HTML -> new HtmlRenderer();
		case DOCX -> new DocxRenderer();
		case PDF -> new PdfRenderer();
		case TXT -> new TextRenderer();
		case JSON -> new JsonRenderer();
		case OFD -> throw new IllegalArgumentException(
				"OFD is written by the command line and the Maven plugin (module org.govreport.documents.ofd), not here");
		};
	}
}
