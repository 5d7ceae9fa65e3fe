package org.govreport.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.tests.ReportTesting;
import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.Test;

/**
 * A note written after a table (注：…) prints after that table, and prose written before a section's
 * tables before them, in every document format.
 */
class NoteAfterTableTest extends RenderedExamples {
	private static final String NOTE = "注：本表不含内部事务信息申请。";
	private static final String BEFORE = "本部分数据来自申请登记台账。";

	private static Report report() {
		var text = ReportTesting.edit(SampleReports.V2019, "三、收到和处理政府信息公开申请情况\n",
				"三、收到和处理政府信息公开申请情况\n\"\"\"" + BEFORE + "\"\"\"\n");
		text = ReportTesting.edit(text, "四、结转下年度继续办理           | 1 | 0 | 0 | 0 | 0 | 0 | 1\n",
				"四、结转下年度继续办理           | 1 | 0 | 0 | 0 | 0 | 0 | 1\n\"\"\"" + NOTE + "\"\"\"\n");
		return ReportTesting.report(text);
	}

	/** BEFORE, then the table's last row label, then NOTE, then section 四's heading. */
	private static void expectInOrder(String format, String text) {
		int before = text.indexOf(BEFORE);
		int lastRow = text.indexOf("结转下年度继续办理");
		int note = text.indexOf(NOTE);
		int next = text.indexOf("政府信息公开行政复议");
		assertTrue(before >= 0 && before < lastRow && lastRow < note && note < next,
				format + ": " + before + " < " + lastRow + " < " + note + " < " + next);
	}

	@Test
	void theNotePrintsUnderItsTableInEveryFormat() throws Exception {
		var report = report();
		expectInOrder("txt", new String(render(report, DocumentFormat.TXT), StandardCharsets.UTF_8));
		expectInOrder("html", new String(render(report, DocumentFormat.HTML), StandardCharsets.UTF_8));
		try (var docx = new XWPFDocument(new ByteArrayInputStream(render(report, DocumentFormat.DOCX)))) {
			expectInOrder("docx", docx.getBodyElements().stream().map(element -> element instanceof XWPFTable table ? table.getText()
					: element instanceof XWPFParagraph paragraph ? paragraph.getText() : "").collect(Collectors.joining("\n")));
		}
		try (var pdf = Loader.loadPDF(render(report, DocumentFormat.PDF))) {
			expectInOrder("pdf", new PDFTextStripper().getText(pdf).lines().map(String::strip).collect(Collectors.joining()));
		}
	}
}
