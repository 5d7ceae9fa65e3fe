package org.govreport.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.documents.Documents;
import org.govreport.dsl.generator.html.HtmlDocument;
import org.govreport.dsl.tests.ReportTesting;
import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.Test;

/**
 * The HTML page: prose comes out as text, never as markup; the page is well-formed XML; the page the PDF
 * is laid out from has no merged cell a page break could cut.
 */
class HtmlDocumentTest {

	@Test
	void scriptInProseIsPrintedAsText() throws Exception {
		var source = ReportTesting.edit(SampleReports.V2019, "（一）主动公开情况\n",
				"（一）主动公开情况\n<script>alert(\"x\")</script> & <b>粗体</b>\n");
		var html = html(source);
		assertTrue(html.contains("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;粗体&lt;/b&gt;</p>"), html);
		assertFalse(html.contains("<script"), "no script element");
		assertFalse(html.contains("<b>"), "no markup from the report");
	}

	@Test
	void anOrganNameCannotInjectMarkupIntoTheTitle() throws Exception {
		var html = html(ReportTesting.edit(SampleReports.V2019, "机关：测试镇", "机关：测试镇</title><script>x()</script>"));
		assertTrue(html.contains("<title>测试镇&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;2020年政府信息公开工作年度报告</title>"), html);
		assertFalse(html.contains("<script"));
	}

	@Test
	void thePageIsWellFormedXmlWithTheTemplatesMerges() throws Exception {
		var html = html(SampleReports.V2019);
		var factory = DocumentBuilderFactory.newInstance();
		factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		assertTrue(html.contains("<th class=\"header\" colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>"), html);
		assertTrue(html.contains("<th class=\"group\" rowspan=\"20\">三、本年度办理结果</th>"), html);
		assertTrue(html.contains("<th class=\"header\" colspan=\"10\">行政诉讼</th>"), html);
		assertTrue(html.contains("<th class=\"header\">采购总金额（单位：万元）</th>"), html);
		assertTrue(html.contains("<td class=\"value\" data-cell=\"purchasing.purchaseAmount\">1.121</td>"), html);
	}

	@Test
	void totalsTheReportLeftOutArePrintedComputed() throws Exception {
		var html = html(SampleReports.V2021);
		assertTrue(html.contains("<td class=\"value\" data-cell=\"new.total\">3</td>"), html);
		assertTrue(html.contains("<td class=\"value\" data-cell=\"total.total\">4</td>"), html);
		assertTrue(html.contains("<td class=\"value\" data-cell=\"total.natural\">3</td>"), html);
		assertTrue(html.contains("<td class=\"value\" data-cell=\"review.total\">2</td>"), html);
	}

	private static String html(String source) throws Exception {
		var out = new ByteArrayOutputStream();
		Documents.renderer(DocumentFormat.HTML).render(ReportTesting.report(source), out);
		return out.toString(StandardCharsets.UTF_8);
	}
}
