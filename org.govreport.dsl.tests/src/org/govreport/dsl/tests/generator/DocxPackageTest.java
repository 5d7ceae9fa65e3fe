package org.govreport.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.documents.Documents;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.tests.ReportTesting;
import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.Test;

/**
 * The Word file as a package, written as XML without POI's object model: every part well-formed and
 * where the content types and relationships say, text that XML escapes or Word trims read back as written,
 * and the page, footer, fonts and properties that POI's model used to set read back through POI.
 */
class DocxPackageTest {
	private static final List<String> PARTS = List.of("[Content_Types].xml", "_rels/.rels", "docProps/app.xml",
			"docProps/core.xml", "word/_rels/document.xml.rels", "word/settings.xml", "word/document.xml",
			"word/styles.xml", "word/footer1.xml");

	@Test
	void everyPartIsWellFormedXmlAndWhereTheRelationshipsSay() throws Exception {
		var parts = parts(render(ReportTesting.report(SampleReports.V2019)));
		assertEquals(PARTS, new ArrayList<>(parts.keySet()), "the content types part first");
		var builder = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder();
		for (var part : parts.entrySet()) {
			var root = builder.parse(new ByteArrayInputStream(part.getValue())).getDocumentElement();
			assertNotNull(root.getNamespaceURI(), part.getKey() + " has its root in a namespace");
		}
		var types = text(parts, "[Content_Types].xml");
		for (String part : PARTS.subList(2, PARTS.size())) {
			assertTrue(part.endsWith(".rels") || types.contains("PartName=\"/" + part + "\""), part + " has its content type");
		}
		assertTrue(text(parts, "word/_rels/document.xml.rels").contains("Id=\"rId3\" Target=\"footer1.xml\""));
		assertTrue(text(parts, "word/document.xml").contains("<w:footerReference w:type=\"default\" r:id=\"rId3\"/>"));
	}

	@Test
	void documentStylesAndFooterAreValidAgainstTheSchema() throws Exception {
		try (var document = document(render(ReportTesting.report(SampleReports.V2019)))) {
			for (XmlObject part : List.of(document.getDocument(), document.getStyle(),
					document.getFooterArray(0)._getHdrFtr())) {
				var errors = new ArrayList<XmlError>();
				part.validate(new XmlOptions().setErrorListener(errors));
				assertEquals(List.of(), errors, part.schemaType().toString());
			}
		}
	}

	@Test
	void textThatXmlEscapesIsReadBackAsWritten() throws Exception {
		String prose = "甲<乙>&丙\"丁'戊𠀀己\u0011庚";
		var report = ReportTesting.report(ReportTesting.edit(SampleReports.V2019, "（一）主动公开情况\n",
				"（一）主动公开情况\n" + prose + "\n"));
		try (var document = document(render(report))) {
			var texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertTrue(texts.contains("甲<乙>&丙\"丁'戊𠀀己\uFFFD庚"), texts.toString());
		}
	}

	@Test
	void spacesAtTheEndsOfARunAreKeptForWord() throws Exception {
		var footer = text(parts(render(ReportTesting.report(SampleReports.V2019))), "word/footer1.xml");
		assertTrue(footer.contains("<w:t xml:space=\"preserve\">— </w:t>"), footer);
		assertTrue(footer.contains("<w:t xml:space=\"preserve\"> —</w:t>"), footer);
		assertTrue(footer.contains("<w:instrText>PAGE</w:instrText>"), "the page number is Word's PAGE field");
	}

	@Test
	void pageFooterFontsAndPropertiesReadBackThroughPoi() throws Exception {
		var report = ReportTesting.report(SampleReports.V2019);
		try (var document = document(render(report))) {
			var section = document.getDocument().getBody().getSectPr();
			assertEquals("11906", section.getPgSz().getW().toString(), "A4 width in twips");
			assertEquals("16838", section.getPgSz().getH().toString(), "A4 height in twips");
			assertEquals("— 1 —", document.getFooterArray(0).getText().strip());
			var defaults = document.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
			assertEquals("Times New Roman", defaults.getAscii());
			assertEquals("仿宋_GB2312", defaults.getEastAsia(), "the body's font where a run names none");
			var core = document.getProperties().getCoreProperties();
			assertEquals("测试镇2020年政府信息公开工作年度报告", core.getTitle());
			assertEquals("测试镇", core.getCreator());
			assertNull(core.getCreated(), "no creation time, so that builds compare equal");
			var run = document.getParagraphs().get(0).getRuns().get(0);
			assertEquals(22.0, run.getFontSizeAsDouble(), "title in 二号");
		}
	}

	@Test
	void aTitleLongerThanALineBreaksAfterTheOrgan() throws Exception {
		String organ = "某某省某某市某某县某某乡镇人民政府办公室";
		var report = ReportTesting.report(SampleReports.V2019.replace("机关：测试镇", "机关：" + organ));
		try (var document = document(render(report))) {
			var title = document.getParagraphs().get(0);
			assertEquals(2, title.getRuns().size(), "one run a line");
			assertEquals(1, title.getRuns().get(0).getCTR().sizeOfBrArray(), "a line break after the organ");
			assertEquals(organ, title.getRuns().get(0).text().strip());
		}
	}

	private static byte[] render(Report report) throws IOException {
		var out = new ByteArrayOutputStream();
		Documents.renderer(DocumentFormat.DOCX).render(report, out);
		return out.toByteArray();
	}

	private static XWPFDocument document(byte[] docx) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(docx));
	}

	/** The zip's entries in their order. */
	private static Map<String, byte[]> parts(byte[] docx) throws IOException {
		var parts = new LinkedHashMap<String, byte[]>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				parts.put(entry.getName(), zip.readAllBytes());
			}
		}
		return parts;
	}

	private static String text(Map<String, byte[]> parts, String name) {
		return new String(parts.get(name), StandardCharsets.UTF_8);
	}
}
