package org.govreport.headless;

import static org.govreport.headless.ExampleReports.edit;
import static org.govreport.headless.ExampleReports.jiangcheng2020;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What check --format json prints agrees with the schema published for it (govreport-findings.schema.json). */
class FindingsJsonSchemaTest {

	@TempDir
	Path folder;

	private final ReportValidator validator = new ReportValidator();

	@Test
	void findingsOfEveryKindValidate() throws IOException {
		String broken = edit(jiangcheng2020(), "一、本年新收政府信息公开申请数量 | 0 |", "一、本年新收政府信息公开申请数量 | 1 |");
		broken = edit(broken, "层级：乡镇", "层级：乡镇\n年度：二〇二〇\n不是一行表格 | | x");
		broken = edit(broken, "六、其他需要报告的事项", "七、多出来的一节\n六、其他需要报告的事项\n\"\"\"没有结束的文字");
		CheckedReport checked = validator.check(Files.writeString(folder.resolve("江城镇-2020.govreport"), broken));
		assertTrue(checked.findings().size() >= 4, checked.findings().toString());
		String json = print(List.of(checked, validator.check(ExampleReports.JIANGCHENG_2020)));
		assertEquals(List.of(), ProjectSchemas.errors(ProjectSchemas.FINDINGS, json));
	}

	@Test
	void noReportsValidate() {
		assertEquals(List.of(), ProjectSchemas.errors(ProjectSchemas.FINDINGS, print(List.of())));
	}

	@Test
	void theSchemaRejectsAColumnCountedFromZero() throws IOException {
		String broken = edit(jiangcheng2020(), "一、本年新收政府信息公开申请数量 | 0 |", "一、本年新收政府信息公开申请数量 | 1 |");
		String json = print(List.of(validator.check(Files.writeString(folder.resolve("江城镇-2020.govreport"), broken))));
		String fromZero = json.replace("\"column\": 20", "\"column\": 0");
		assertNotEquals(json, fromZero);
		assertNotEquals(List.of(), ProjectSchemas.errors(ProjectSchemas.FINDINGS, fromZero));
	}

	private static String print(List<CheckedReport> reports) {
		StringWriter text = new StringWriter();
		try (PrintWriter out = new PrintWriter(text)) {
			FindingsFormat.JSON.print(reports, out);
		}
		return text.toString();
	}
}
