package org.govreport.dsl.generator.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

import com.google.common.xml.XmlEscapers;

/**
 * What makes the PDF a PDF/A-2b, which archives ask for: the XMP metadata (title, producer, the PDF/A
 * part), agreeing with the document information; the sRGB profile as output intent; a file identifier.
 * Nothing here depends on the time, so that the same report gives the same bytes. The metadata is a fixed
 * packet with the title filled in: an XMP library would set up the runtime's XML serializer for it.
 */
final class ArchivalParts {
	static final String PRODUCER = "govreport";
	private static final String SRGB = "sRGB IEC61966-2.1";
	private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
	private static final String XMP = """
			<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
			<x:xmpmeta xmlns:x="adobe:ns:meta/">
			<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
			<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
			<dc:format>application/pdf</dc:format>
			<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
			</rdf:Description>
			<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
			<pdf:Producer>%s</pdf:Producer>
			</rdf:Description>
			<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
			<pdfaid:part>2</pdfaid:part>
			<pdfaid:conformance>B</pdfaid:conformance>
			</rdf:Description>
			</rdf:RDF>
			</x:xmpmeta>
			<?xpacket end="w"?>""";

	private ArchivalParts() {
	}

	static void add(PDDocument document, String title, byte[] contentDigest) throws IOException {
		document.setVersion(1.7f);
		var information = new PDDocumentInformation();
		information.setTitle(title);
		information.setProducer(PRODUCER);
		document.setDocumentInformation(information);

		var catalog = document.getDocumentCatalog();
		var metadata = new PDMetadata(document);
		var escape = XmlEscapers.xmlContentEscaper();
		metadata.importXMPMetadata(String.format(XMP, escape.escape(title), PRODUCER).getBytes(StandardCharsets.UTF_8));
		catalog.setMetadata(metadata);

		var intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB_PROFILE));
		intent.setInfo(SRGB);
		intent.setOutputCondition(SRGB);
		intent.setOutputConditionIdentifier(SRGB);
		intent.setRegistryName("http://www.color.org");
		catalog.addOutputIntent(intent);

		identify(document, contentDigest);
	}

	/** The file identifier PDF asks for, from what the pages print, so that the same report gives the same bytes. */
	private static void identify(PDDocument document, byte[] contentDigest) {
		var digest = Arrays.copyOf(contentDigest, 16);
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
