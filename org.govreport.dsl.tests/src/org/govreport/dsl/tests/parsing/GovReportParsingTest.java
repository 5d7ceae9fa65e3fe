package org.govreport.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.govreport.dsl.govReport.Field;
import org.govreport.dsl.govReport.Heading;
import org.govreport.dsl.govReport.Prose;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.govReport.TableLine;
import org.govreport.dsl.tests.GovReportInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(GovReportInjectorProvider.class)
class GovReportParsingTest {

	@Inject
	private ParseHelper<Report> parser;

	@Test
	void headerSixSectionsAndProseParseIntoLinesOfTheirKind() throws Exception {
		Report report = parser.parse("""
				# 江城镇 2020
				机关：江城镇
				年度: 2020
				格式：2019-60

				\"""
				前言：本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。
				\"""
				一、总体情况
				\"""
				（一）主动公开情况。一年来，我镇共发布本级政府信息835条。

				（二）依申请公开情况。"无申请"。
				\"""
				二、主动公开政府信息情况
				第二十条第（一）项 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量
				规章 | 0 | 0 | 0
				三、收到和处理政府信息公开申请情况
				四、政府信息公开行政复议、行政诉讼情况
				五、存在的主要问题及改进情况
				\"""问题\"""
				六、其他需要报告的事项
				\"""无。\"""
				""");
		assertTrue(report.eResource().getErrors().isEmpty(), () -> report.eResource().getErrors().toString());
		assertEquals(List.of("Field", "Field", "Field", "Prose", "Heading", "Prose", "Heading", "TableLine",
				"TableLine", "Heading", "Heading", "Heading", "Prose", "Heading", "Prose"), kinds(report));
		assertEquals("江城镇", ((Field) report.getElements().get(0)).getValue());
		assertEquals("一、总体情况", ((Heading) report.getElements().get(4)).getText());
		assertTrue(((Prose) report.getElements().get(5)).getText().contains("\"无申请\""));
		TableLine row = (TableLine) report.getElements().get(8);
		assertEquals("规章", row.getLabel());
		assertEquals(3, row.getCells().size());
	}

	@Test
	void anythingInACellParsesSoThatTheNextLinesAreStillRead() throws Exception {
		Report report = parser.parse("规章 | 5 6 | 约 5 | ：\n行政许可 | 1\n");
		assertTrue(report.eResource().getErrors().isEmpty(), () -> report.eResource().getErrors().toString());
		assertEquals(List.of("TableLine", "TableLine"), kinds(report));
	}

	/** The validator says where it opens (ClearMessagesTest); a lexer error only said where the file ends. */
	@Test
	void anUnclosedProseBlockRunsToTheEndOfTheFile() throws Exception {
		Report report = parser.parse("机关：江城镇\n一、总体情况\n\"\"\"没有结束的文字\n二、主动公开政府信息情况\n");
		assertTrue(report.eResource().getErrors().isEmpty(), () -> report.eResource().getErrors().toString());
		assertEquals(List.of("Field", "Heading", "Prose"), kinds(report));
	}

	private static List<String> kinds(Report report) {
		return report.getElements().stream().map(element -> element.eClass().getName()).collect(Collectors.toList());
	}
}
