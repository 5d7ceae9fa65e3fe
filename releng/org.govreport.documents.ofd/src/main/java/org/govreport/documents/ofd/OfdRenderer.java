package org.govreport.documents.ofd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.govreport.dsl.generator.DocumentRenderer;
import org.govreport.dsl.generator.layout.DocumentLayout;
import org.govreport.dsl.generator.pdf.PdfFace;
import org.govreport.dsl.generator.pdf.PdfRenderer;
import org.govreport.dsl.model.Report;

/**
 * The report as OFD (GB/T 33190), written with ofdrw's object model: the pages of the PDF, line by line at
 * the same places in subsets of the same faces, with the same table rules, so that the two formats print
 * alike and hold the same text. The bytes depend on the report alone.
 */
public final class OfdRenderer implements DocumentRenderer {
	private final PdfRenderer pdfRenderer = new PdfRenderer();

	@Override
	public void render(Report report, OutputStream out) throws IOException {
		var pdfBytes = new ByteArrayOutputStream(256 * 1024);
		pdfRenderer.render(report, pdfBytes);
		try (var pdf = Loader.loadPDF(pdfBytes.toByteArray())) {
			// the faces' parsed fonts are shared with other threads' renderers, safely without a lock (see PdfFace.font)
			List<PrintedPage> pages = PageReader.read(pdf);
			Map<PdfFace, EmbeddedFonts.Subset> fonts = EmbeddedFonts.of(pages);
			OfdPackage.write(DocumentLayout.title(report), pages, fonts, out);
		}
	}
}
