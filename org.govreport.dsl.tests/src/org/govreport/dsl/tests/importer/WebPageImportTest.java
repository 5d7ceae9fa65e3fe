package org.govreport.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.documents.Documents;
import org.govreport.dsl.importer.ImportResult;
import org.govreport.dsl.importer.ReportImporter;
import org.govreport.dsl.tests.Examples;
import org.junit.jupiter.api.Test;

/**
 * Web pages as portals publish reports: our HTML inside a portal's page (navigation, breadcrumbs, a
 * 索引号/发布日期 table, print links, footer, scripts), and tables written by hand the way portal editors
 * write them (merged cells, &amp;nbsp; for blank, a layout table around the article).
 */
class WebPageImportTest extends ImportTesting {
	/** Where the portal page (resources/import/web) holds its article; another report's body goes there. */
	private static final String ARTICLE_START = "<div class=\"article\">";
	private static final String ARTICLE_END = "</div>\n<div class=\"tools\">";

	@Test
	void ourPageInsideAPortalImportsToTheSameModel() throws Exception {
		for (Path example : Examples.files()) {
			var name = example.getFileName().toString().replace(".govreport", ".html");
			var original = model(Files.readString(example), name);
			var rendered = new ByteArrayOutputStream();
			Documents.renderer(DocumentFormat.HTML).render(original, rendered);
			var html = rendered.toString(StandardCharsets.UTF_8);
			var body = html.substring(html.indexOf("<body>") + "<body>".length(), html.indexOf("</body>"));
			var portal = Files.readString(resources().resolve("web").resolve("三江乡政府信息公开年报.html"));
			var page = portal.substring(0, portal.indexOf(ARTICLE_START) + ARTICLE_START.length()) + body
					+ portal.substring(portal.indexOf(ARTICLE_END));
			var imported = new ReportImporter().read(name, page.getBytes(StandardCharsets.UTF_8));
			assertEquals(dump(original), dump(model(imported.text(), name)), name);
			assertEquals("[]", imported.notes().toString(), name);
		}
	}

	@Test
	void aSiteNameAboveATitleInTwoLinesIsNoPartOfTheOrgan() throws Exception {
		var name = "江城镇-2020.govreport";
		var original = model(Files.readString(example(name)), name);
		var html = rendered(name, DocumentFormat.HTML);
		assertTrue(html.contains("<h1>江城镇2020年"), html.lines().filter(line -> line.contains("<h1>")).toList().toString());
		// as portals print a long title, and ours prints one that does not fit a line: the organ, then the rest
		var page = html.replace("<h1>江城镇2020年", "<div class=\"site-name\">重庆市大渡口区人民政府</div>\n<h1>江城镇<br/>2020年");
		var imported = new ReportImporter().read("江城镇.html", page.getBytes(StandardCharsets.UTF_8));
		assertEquals(dump(original), dump(model(imported.text(), name)));
		assertEquals("[]", imported.notes().toString());
	}

	@Test
	void handWrittenTablesWithMergedCellsAndNoBreakSpaces() throws Exception {
		var page = Files.readAllBytes(resources().resolve("web").resolve("江城镇年报（网页）.htm"));
		var result = new ReportImporter().read("江城镇.htm", page);
		var report = model(result.text(), "a.govreport");
		assertEquals("江城镇 2020", report.organ() + " " + report.year());
		assertEquals("""
				art20.1[rules,newMade] = 1
				art20.1[rules,newPublished] = 0
				art20.1[rules,totalPublished] = 3
				art20.1[normative,newMade] = 0
				art20.1[normative,newPublished] = 5
				art20.1[normative,totalPublished] = 6
				art20.5[licensing,prevItems] = 7
				art20.5[licensing,delta] = 8
				art20.5[licensing,decisions] = 9""", cells(result, "art20.1[", "art20.5[licensing"));
		assertEquals("[前言 现将江城镇2020年度政府信息公开工作情况报告如下。]",
				dump(report).lines().filter(line -> line.startsWith("前言")).toList().toString());
	}

	private String cells(ImportResult result, String... prefixes) throws Exception {
		return dump(model(result.text(), "a.govreport")).lines()
				.filter(line -> java.util.Arrays.stream(prefixes).anyMatch(line::startsWith)).collect(Collectors.joining("\n"));
	}
}
