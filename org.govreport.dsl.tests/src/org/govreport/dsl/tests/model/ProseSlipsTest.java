package org.govreport.dsl.tests.model;

import static org.govreport.dsl.tests.ReportTesting.edit;
import static org.govreport.dsl.tests.ReportTesting.expectDiagnostics;
import static org.govreport.dsl.tests.ReportTesting.expectNoDiagnostics;
import static org.govreport.dsl.tests.ReportTesting.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.model.Paragraph;
import org.govreport.dsl.tests.Examples;
import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.Test;

/** Prose that cannot slip: a line outside the quotes, and a paragraph broken over two lines. */
class ProseSlipsTest {
	private static final String BASE = SampleReports.V2019;
	private static final String GENERAL = "一、总体情况\n\"\"\"\n（一）主动公开情况\n本年新收政府信息公开申请7件，上年结转1件。\n\"\"\"\n";

	@Test
	void aBareLineOfProseIsAnErrorWhoseFixPutsItInQuotes() {
		expectDiagnostics(edit(BASE, GENERAL, "一、总体情况\n本年新收政府信息公开申请7件，上年结转1件。\n"),
				"ERROR 8:1 govreport.prose.unquoted 正文须放在 \"\"\" 之间（小标题写作“（一）……”或“一是……”）");
		var unquoted = org.govreport.dsl.tests.ReportTesting.check(edit(BASE, GENERAL, "一、总体情况\n本年新收申请7件。\n")).get(0);
		assertEquals("\"\"\"本年新收申请7件。\"\"\"", unquoted.fix().value());
	}

	@Test
	void aBareLineIsKeptAsAParagraphSoNothingIsLost() {
		var general = report(edit(BASE, GENERAL, "一、总体情况\n本年新收申请7件。\n")).sections().get(0).paragraphs();
		assertEquals(List.of("本年新收申请7件。"), general.stream().map(Paragraph::text).toList());
		assertEquals(List.of(false), general.stream().map(Paragraph::subHeading).toList());
	}

	@Test
	void aBareLineWrittenAsTheDocumentsPrintSubHeadingsIsOne() {
		var text = edit(BASE, GENERAL, "一、总体情况\n（一）主动公开情况\n一是加强组织领导。\n\"\"\"\n本年新收政府信息公开申请7件，上年结转1件。\n\"\"\"\n");
		expectNoDiagnostics(text);
		var general = report(text).sections().get(0).paragraphs();
		assertEquals(List.of(true, true, false), general.stream().map(Paragraph::subHeading).toList());
	}

	@Test
	void aNumberedLineThatGoesOnAsAParagraphIsNoSubHeading() {
		expectDiagnostics(edit(BASE, GENERAL, "一、总体情况\n（一）主动公开情况。本年新收政府信息公开申请7件，上年结转1件。\n"),
				"ERROR 8:1 govreport.prose.unquoted 正文须放在 \"\"\" 之间（小标题写作“（一）……”或“一是……”）");
	}

	@Test
	void aLineEndingMidSentenceWithTheParagraphGoingOnIsAWarningWithAJoin() {
		var broken = edit(BASE, "本年新收政府信息公开申请7件，上年结转1件。", "本年新收政府信息公开申请7件，\n上年结转1件。");
		expectDiagnostics(broken, "WARNING 10:1 govreport.prose.lineBreak 此行在句中换行，印出时与下一行分成两段；同一段请写在一行");
		var warning = org.govreport.dsl.tests.ReportTesting.check(broken).get(0);
		assertEquals("JOIN_LINES", warning.fix().kind().name());
	}

	@Test
	void linesEndingASentenceOrASubHeadingOrFollowedByABlankLineAreParagraphs() {
		expectNoDiagnostics(edit(BASE, "本年新收政府信息公开申请7件，上年结转1件。",
				"本年新收政府信息公开申请7件；\n上年结转1件。\n共办理如下：\n1.予以公开4件。”\n（注：数据截至年底）\n\n另有说明"));
	}

	@Test
	void theItemsOfAListEachOpeningWithItsNumberAreParagraphs() {
		expectNoDiagnostics(edit(BASE, "本年新收政府信息公开申请7件，上年结转1件。",
				"本年新收政府信息公开申请7件，上年结转1件。\n1. 管理公开（权责清单、清单动态调整公开机制、行政执法公示制度、监管情况）\n"
						+ "2. 服务公开（公开服务事项、行政审批中介服务事项清单）\n（2）依申请公开情况\n一是重视依申请公开工作\n第一，规范答复格式"));
	}

	@Test
	void theFiveExamplesHaveNoProseSlips() throws Exception {
		for (var file : Examples.files()) {
			var findings = org.govreport.dsl.tests.ReportTesting.check(java.nio.file.Files.readString(file)).stream()
					.filter(finding -> finding.code().equals(IssueCodes.PROSE_UNQUOTED) || finding.code().equals(IssueCodes.PROSE_LINE_BREAK)).toList();
			assertEquals(List.of(), findings, file.toString());
		}
	}
}
