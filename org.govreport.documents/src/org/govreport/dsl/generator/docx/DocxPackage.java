package org.govreport.dsl.generator.docx;

import java.io.IOException;
import java.util.zip.ZipOutputStream;

import org.govreport.dsl.generator.FixedTimeZip;

/**
 * The parts of a Word file around its document (Open Packaging Conventions): which part holds what
 * (content types), how they refer to each other (relationships), and the file's properties. The
 * document's own parts (document, styles, footer) are written by {@link DocxRenderer}.
 */
final class DocxPackage {
	static final String DOCUMENT = "word/document.xml";
	static final String STYLES = "word/styles.xml";
	static final String FOOTER = "word/footer1.xml";
	/** The relationship through which the section finds its footer. */
	static final String FOOTER_ID = "rId3";

	private static final String SETTINGS = "word/settings.xml";
	private static final String TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
	private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
	private static final String CORE = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
	private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
	private static final String EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
	private static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
	private static final String WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

	private DocxPackage() {
	}

	/** Title and author for the file's properties; no creation time, so that builds compare equal. */
	static void write(ZipOutputStream zip, String title, String creator) throws IOException {
		contentTypes(zip);
		try (var xml = part(zip, "_rels/.rels", "", PACKAGE_RELATIONSHIPS, "Relationships")) {
			relationship(xml, "rId1", DOCUMENT, OFFICE_DOCUMENT + "officeDocument");
			relationship(xml, "rId2", "docProps/app.xml", OFFICE_DOCUMENT + "extended-properties");
			relationship(xml, "rId3", "docProps/core.xml", PACKAGE_RELATIONSHIPS + "/metadata/core-properties");
		}
		try (var xml = part(zip, "docProps/app.xml", "", EXTENDED, "Properties")) {
			xml.element("Application", "govreport");
		}
		try (var xml = part(zip, "docProps/core.xml", "cp", CORE, "coreProperties", "dc", DUBLIN_CORE)) {
			xml.element("dc:creator", creator).element("dc:title", title);
		}
		try (var xml = part(zip, "word/_rels/document.xml.rels", "", PACKAGE_RELATIONSHIPS, "Relationships")) {
			relationship(xml, "rId1", "settings.xml", OFFICE_DOCUMENT + "settings");
			relationship(xml, "rId2", "styles.xml", OFFICE_DOCUMENT + "styles");
			relationship(xml, FOOTER_ID, "footer1.xml", OFFICE_DOCUMENT + "footer");
		}
		zip.putNextEntry(FixedTimeZip.entry(SETTINGS));
		WordXml.wordPart(zip, "settings").close();
	}

	private static void contentTypes(ZipOutputStream zip) throws IOException {
		try (var xml = part(zip, "[Content_Types].xml", "", TYPES, "Types")) {
			xml.empty("Default", "ContentType", "application/vnd.openxmlformats-package.relationships+xml", "Extension", "rels");
			xml.empty("Default", "ContentType", "application/xml", "Extension", "xml");
			override(xml, "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
			override(xml, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
			override(xml, "/" + DOCUMENT, WORD_TYPE + "document.main+xml");
			override(xml, "/" + FOOTER, WORD_TYPE + "footer+xml");
			override(xml, "/" + SETTINGS, WORD_TYPE + "settings+xml");
			override(xml, "/" + STYLES, WORD_TYPE + "styles+xml");
		}
	}

	private static WordXml part(ZipOutputStream zip, String name, String prefix, String uri, String root,
			String... others) throws IOException {
		zip.putNextEntry(FixedTimeZip.entry(name));
		return WordXml.part(zip, prefix, uri, root, others);
	}

	private static void override(WordXml xml, String part, String type) throws IOException {
		xml.empty("Override", "ContentType", type, "PartName", part);
	}

	private static void relationship(WordXml xml, String id, String target, String type) throws IOException {
		xml.empty("Relationship", "Id", id, "Target", target, "Type", type);
	}
}
