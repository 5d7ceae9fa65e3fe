package org.govreport.documents.ofd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;

import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.dom4j.io.OutputFormat;
import org.dom4j.io.XMLWriter;
import org.govreport.documents.ofd.EmbeddedFonts.Subset;
import org.govreport.dsl.generator.FixedTimeZip;
import org.govreport.dsl.generator.pdf.PdfFace;
import org.ofdrw.core.basicStructure.doc.CT_CommonData;
import org.ofdrw.core.basicStructure.doc.Document;
import org.ofdrw.core.basicStructure.ofd.DocBody;
import org.ofdrw.core.basicStructure.ofd.OFD;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.pageTree.Page;
import org.ofdrw.core.basicStructure.pageTree.Pages;
import org.ofdrw.core.basicStructure.res.Res;
import org.ofdrw.core.basicStructure.res.resources.Fonts;
import org.ofdrw.core.basicType.ST_Loc;
import org.ofdrw.core.text.font.CT_Font;

/**
 * The OFD container (GB/T 33190 §7): OFD.xml naming the document, Doc_0/Document.xml with its pages, the
 * embedded font subsets declared in Doc_0/PublicRes.xml, and each page's content. The parts are ofdrw's
 * object model, written straight into the zip at a fixed time, in a fixed order; the document id is
 * derived from the other parts, so the same pages always give the same bytes.
 */
final class OfdPackage {
	private static final String DOCUMENT = "Doc_0/";
	private static final String RESOURCES = "Res";

	/** Part name to bytes, in the order they are zipped after OFD.xml. */
	private final Map<String, byte[]> parts = new LinkedHashMap<>();
	/** Font subsets compress little, and slowly: they are stored at the fastest level. */
	private final Map<String, byte[]> fontFiles = new LinkedHashMap<>();
	private final AtomicLong ids = new AtomicLong();

	private OfdPackage() {
	}

	static void write(String title, List<PrintedPage> pages, Map<PdfFace, Subset> fonts, OutputStream out) throws IOException {
		var ofd = new OfdPackage();
		var fontIds = ofd.fonts(fonts);
		var document = ofd.pages(pages, fontIds);
		ofd.parts.put(DOCUMENT + "Document.xml", xml(document));
		ofd.zip(root(title, DocumentIdentity.of(ofd.parts.values(), ofd.fontFiles.values())), out);
	}

	private Map<PdfFace, Long> fonts(Map<PdfFace, Subset> subsets) throws IOException {
		var fontIds = new EnumMap<PdfFace, Long>(PdfFace.class);
		var declared = new Fonts();
		for (var entry : subsets.entrySet()) {
			long id = ids.incrementAndGet();
			var file = entry.getKey().name().toLowerCase(java.util.Locale.ROOT) + ".ttf";
			var font = new CT_Font();
			font.setID(id);
			font.setFontName(entry.getValue().fontName());
			font.setFamilyName(entry.getValue().familyName());
			font.setFontFile(file);
			declared.addFont(font);
			fontIds.put(entry.getKey(), id);
			fontFiles.put(DOCUMENT + RESOURCES + "/" + file, entry.getValue().file());
		}
		var publicResources = new Res();
		publicResources.setBaseLoc(new ST_Loc(RESOURCES));
		publicResources.addResource(declared);
		parts.put(DOCUMENT + "PublicRes.xml", xml(publicResources));
		return fontIds;
	}

	private Document pages(List<PrintedPage> pages, Map<PdfFace, Long> fontIds) throws IOException {
		var content = new PageContent(fontIds, ids);
		var list = new Pages();
		for (int index = 0; index < pages.size(); index++) {
			var location = "Pages/Page_" + index + "/Content.xml";
			list.addPage(new Page(ids.incrementAndGet(), location));
			parts.put(DOCUMENT + location, xml(content.of(pages.get(index))));
		}
		var common = new CT_CommonData();
		common.setMaxUnitID(ids.get());
		common.setPageArea(PageContent.area(pages.get(0)));
		common.setPublicRes(new ST_Loc("PublicRes.xml"));
		var document = new Document();
		document.setCommonData(common);
		document.setPages(list);
		return document;
	}

	private static OFD root(String title, DocumentIdentity identity) {
		var information = new CT_DocInfo();
		information.setDocID(identity.uuid());
		information.setTile(title);
		information.setCreator("govreport");
		var body = new DocBody();
		body.setDocInfo(information);
		body.setDocRoot(new ST_Loc(DOCUMENT + "Document.xml"));
		return new OFD(body);
	}

	private void zip(OFD root, OutputStream out) throws IOException {
		var zip = new ZipOutputStream(out);
		put(zip, "OFD.xml", xml(root));
		for (var part : parts.entrySet()) {
			put(zip, part.getKey(), part.getValue());
		}
		zip.setLevel(Deflater.BEST_SPEED);
		for (var font : fontFiles.entrySet()) {
			put(zip, font.getKey(), font.getValue());
		}
		zip.finish();
	}

	private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(FixedTimeZip.entry(name));
		zip.write(content);
		zip.closeEntry();
	}

	private static byte[] xml(Element element) throws IOException {
		var bytes = new ByteArrayOutputStream(16 * 1024);
		var format = OutputFormat.createCompactFormat();
		format.setEncoding("UTF-8");
		var writer = new XMLWriter(bytes, format);
		writer.write(DocumentHelper.createDocument(element));
		writer.flush();
		return bytes.toByteArray();
	}
}
