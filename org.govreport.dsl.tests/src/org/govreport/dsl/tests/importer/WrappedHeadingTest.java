package org.govreport.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.importer.ReportImporter;
import org.junit.jupiter.api.Test;

/**
 * A section heading wider than its column arrives in two lines (四、政府信息公开行政复议、行政 / 诉讼情况),
 * as published PDFs and ours print it; it still opens its section, with its tables.
 */
class WrappedHeadingTest extends ImportTesting {
	private static final String HEADING = "四、政府信息公开行政复议、行政诉讼情况";

	@Test
	void aHeadingWrappedOverTwoLinesStillOpensItsSection() throws Exception {
		var text = renderedText();
		assertTrue(text.contains(HEADING));
		var whole = new ReportImporter().read("a.txt", text.getBytes(StandardCharsets.UTF_8));
		var wrapped = new ReportImporter().read("a.txt",
				text.replace(HEADING, "四、政府信息公开行政复议、行政\n诉讼情况").getBytes(StandardCharsets.UTF_8));
		assertEquals(dump(model(whole.text(), "a.govreport")), dump(model(wrapped.text(), "a.govreport")));
		assertEquals(whole.notes().toString(), wrapped.notes().toString());
	}

	@Test
	void aNumberedLineThatBeginsNoHeadingStaysProse() throws Exception {
		var last = "六、其他需要报告的事项";
		var text = renderedText();
		assertTrue(text.contains(last));
		var result = new ReportImporter().read("a.txt",
				text.replace(last, "六、加强培训\n下一步工作\n" + last).getBytes(StandardCharsets.UTF_8));
		var dump = dump(model(result.text(), "a.govreport"));
		assertTrue(dump.contains("  六、加强培训\n  下一步工作\n" + last), dump);
	}

	private String renderedText() throws Exception {
		return rendered("江城镇-2020.govreport", DocumentFormat.TXT);
	}
}
