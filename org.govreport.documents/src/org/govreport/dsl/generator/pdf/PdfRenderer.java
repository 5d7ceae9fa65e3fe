package org.govreport.dsl.generator.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.regex.Pattern;

import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.govreport.dsl.generator.DocumentRenderer;
import org.govreport.dsl.generator.LibraryLogging;
import org.govreport.dsl.generator.html.HtmlDocument;
import org.govreport.dsl.generator.layout.DocumentLayout;
import org.govreport.dsl.model.Report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

/**
 * The report as PDF/A-2b: the HTML document laid out by openhtmltopdf (A4 print stylesheet, tables running
 * across pages with their header rows repeated, rows kept whole), in the faces of {@link PdfFace}, each
 * embedded as a subset. Every PDF is PDF/A-2b, which archives ask for and any reader opens. The bytes
 * depend on the report alone: no dates, and a document id derived from the content.
 */
public final class PdfRenderer implements DocumentRenderer {
	private static final String PRODUCER = "govreport";
	/** PDF/A wants the colour space of the page declared; the runtime's own sRGB profile is the one used. */
	private static final Pattern XMP_DATE = Pattern.compile("<xmp:(Create|Modify|Metadata)Date>[^<]*</xmp:\\w+Date>");
	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	static {
		// openhtmltopdf reports each font family it skips; the stylesheet names several on purpose
		XRLog.setLoggingEnabled(false);
		LibraryLogging.quiet();
	}

	@Override
	public void render(Report report, OutputStream out) throws IOException {
		var html = HtmlDocument.forPages(report, PdfFace.FAMILIES);
		try (var document = new PDDocument()) {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			for (PdfFace face : PdfFace.values()) {
				builder.useFont(new EmbeddedFace(document, face), face.family(), 400, FontStyle.NORMAL, true);
			}
			builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
			builder.useColorProfile(SRGB);
			builder.withProducer(PRODUCER);
			builder.withHtmlContent(html, null);
			try (var renderer = builder.buildPdfRenderer()) {
				DeferredStandardFonts.during(renderer::createPDFWithoutClosing);
			}
			information(document, report);
			undated(document);
			identify(document, html);
			document.save(out);
		}
	}

	/**
	 * Does ahead what the first PDF of a run does once for all: parses the faces every report prints in,
	 * reads the metrics of the standard fonts openhtmltopdf makes for each PDF (see
	 * {@link DeferredStandardFonts}), sets up the runtime's XML parser and serializer, through which
	 * openhtmltopdf reads the page and PDFBox writes the PDF/A metadata, and (by loading this class) the
	 * colour profile. Nothing a document's bytes depend on.
	 */
	public static void warmUp() {
		PdfFace.loadFacesOfEveryReport();
		try {
			readStandardFontMetrics();
			setUpXml();
		} catch (IOException | TransformerException | RuntimeException e) {
			// the first PDF meets the problem again and reports it
		}
	}

	/** Reads the metrics of openhtmltopdf's form-control fonts, without looking for their stand-ins. */
	static void readStandardFontMetrics() throws IOException {
		DeferredStandardFonts.during(() -> {
			new PDType1Font(FontName.HELVETICA);
			new PDType1Font(FontName.ZAPF_DINGBATS);
		});
	}

	/** Parses and writes a small page the way openhtmltopdf reads the page and PDFBox writes the metadata. */
	static void setUpXml() throws TransformerException {
		var identity = TransformerFactory.newInstance().newTransformer();
		var page = new DOMResult();
		identity.transform(new StreamSource(new StringReader("<html><body><p>报告</p></body></html>")), page);
		identity.transform(new DOMSource(page.getNode()), new StreamResult(OutputStream.nullOutputStream()));
	}

	/** A face loaded into the document only when the layout first asks for it. */
	private static final class EmbeddedFace extends PDFontSupplier {
		private final PDDocument document;
		private final PdfFace face;
		private PDFont loaded;

		EmbeddedFace(PDDocument document, PdfFace face) {
			super(null);
			this.document = document;
			this.face = face;
		}

		@Override
		public PDFont supply() {
			if (loaded == null) {
				try {
					loaded = PDType0Font.load(document, face.font(), true);
				} catch (IOException e) {
					throw new UncheckedIOException("cannot embed the font " + face.family(), e);
				}
			}
			return loaded;
		}
	}

	private static void information(PDDocument document, Report report) {
		var information = new PDDocumentInformation();
		// only what the XMP metadata openhtmltopdf writes also says: PDF/A wants the two to agree
		information.setTitle(DocumentLayout.title(report));
		information.setProducer(PRODUCER);
		document.setDocumentInformation(information);
	}

	/** The XMP metadata without the creation time openhtmltopdf puts there, so that builds compare equal. */
	private static void undated(PDDocument document) throws IOException {
		var metadata = document.getDocumentCatalog().getMetadata();
		if (metadata != null) {
			var xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
			metadata.importXMPMetadata(XMP_DATE.matcher(xmp).replaceAll("").getBytes(StandardCharsets.UTF_8));
		}
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
