package org.govreport.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.govreport.dsl.format.ReportFormatter;
import org.govreport.dsl.importer.ReportImporter;
import org.junit.jupiter.api.Test;

/**
 * Labels typed with half-width punctuation — (一) for （一）, , for ，, : for ：, 1． for 1. — name the same
 * rows in the language as in the importer, and fmt writes them as the form prints them.
 */
class HalfWidthLabelsTest extends ImportTesting {
	private static final String OFFICIAL_PARTLY = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
	private static final String HALF_WIDTH_PARTLY = "(二)部分公开(区分处理的,只计这一情形,不计其他情形)";

	@Test
	void theLanguageReadsHalfWidthLabelsAsTheOfficialOnes() throws Exception {
		var official = Files.readString(example("江城镇-2020.govreport"));
		var halfWidth = halfWidth(official);
		assertEquals(dump(model(official, "a.govreport")), dump(model(halfWidth, "a.govreport")));
	}

	@Test
	void fmtWritesTheOfficialForm() throws Exception {
		var formatted = new ReportFormatter().format(halfWidth(Files.readString(example("江城镇-2020.govreport"))));
		assertTrue(formatted.contains(OFFICIAL_PARTLY), formatted);
		assertTrue(formatted.contains("（三）不予公开 1.属于国家秘密"), formatted);
		assertTrue(formatted.contains("\n（一）予以公开 "), formatted);
		assertTrue(!formatted.contains(HALF_WIDTH_PARTLY), formatted);
		assertEquals(formatted, new ReportFormatter().format(formatted));
	}

	@Test
	void theImporterReadsHalfWidthLabels() throws Exception {
		var seed = Files.readString(resources().resolve("江城镇-2020.txt"));
		var halfWidth = seed.replace("（一）予以公开", "(一)予以公开").replace("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", HALF_WIDTH_PARTLY)
				.replace("1.属于国家秘密", "1．属于国家秘密");
		var fromOfficial = new ReportImporter().read("江城镇-2020.txt", seed.getBytes(StandardCharsets.UTF_8));
		var fromHalfWidth = new ReportImporter().read("江城镇-2020.txt", halfWidth.getBytes(StandardCharsets.UTF_8));
		assertEquals(dump(model(fromOfficial.text(), "a")), dump(model(fromHalfWidth.text(), "a")));
	}

	private static String halfWidth(String official) {
		assertTrue(official.contains(OFFICIAL_PARTLY));
		return official.replace(OFFICIAL_PARTLY, HALF_WIDTH_PARTLY).replace("（一）予以公开", "(一)予以公开")
				.replace("1.属于国家秘密", "1．属于国家秘密").replace("机关：", "机关:");
	}

}
