package org.govreport.dsl.generator.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.govreport.dsl.generator.DocumentRenderer;
import org.govreport.dsl.generator.html.HtmlDocument;
import org.govreport.dsl.generator.layout.DocumentLayout;
import org.govreport.dsl.model.Report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * The report as PDF: the HTML document laid out by openhtmltopdf (A4 print stylesheet, header rows
 * repeated across pages, tables kept whole), with the CJK font embedded as a subset. The bytes depend on
 * the report alone: no dates, and a document id derived from the content.
 */
public final class PdfRenderer implements DocumentRenderer {
	private static final String PRODUCER = "govreport";

	static {
		// openhtmltopdf reports each font family it skips; the stylesheet names several on purpose
		XRLog.setLoggingEnabled(false);
	}

	@Override
	public void render(Report report, OutputStream out) throws IOException {
		var html = HtmlDocument.of(report, EmbeddedFont.FAMILY);
		var font = EmbeddedFont.get();
		// the parsed font is shared and PDFBox reads from it until the document is saved
		synchronized (font) {
			try (var document = new PDDocument()) {
				var embedded = PDType0Font.load(document, font, true);
				var builder = new PdfRendererBuilder();
				builder.useFastMode();
				builder.usePDDocument(document);
				builder.useFont(new PDFontSupplier(embedded), EmbeddedFont.FAMILY, 400, FontStyle.NORMAL, true);
				builder.withProducer(PRODUCER);
				builder.withHtmlContent(html, null);
				try (var renderer = builder.buildPdfRenderer()) {
					renderer.createPDFWithoutClosing();
				}
				information(document, report);
				identify(document, html);
				document.save(out);
			}
		}
	}

	private static void information(PDDocument document, Report report) {
		var information = new PDDocumentInformation();
		information.setTitle(DocumentLayout.title(report));
		information.setAuthor(report.organ());
		information.setProducer(PRODUCER);
		information.setCreator(PRODUCER);
		document.setDocumentInformation(information);
	}

	/** The file identifier PDF asks for, from the content, so that the same report gives the same bytes. */
	private static void identify(PDDocument document, String html) {
		byte[] digest;
		try {
			digest = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8)), 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
		var id = new COSArray();
		id.add(new COSString(digest));
		id.add(new COSString(digest));
		document.getDocument().getTrailer().setItem(COSName.ID, id);
		long documentId = 0;
		for (int i = 0; i < Long.BYTES; i++) {
			documentId = documentId << 8 | (digest[i] & 0xff);
		}
		document.setDocumentId(documentId);
	}
}
