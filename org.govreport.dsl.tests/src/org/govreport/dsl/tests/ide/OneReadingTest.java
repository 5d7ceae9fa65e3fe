package org.govreport.dsl.tests.ide;

import static org.govreport.dsl.tests.ide.IdeServicesTesting.FILE;
import static org.govreport.dsl.tests.ide.IdeServicesTesting.outline;
import static org.govreport.dsl.tests.ide.IdeServicesTesting.services;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.govreport.dsl.ide.editing.EditorProblem;
import org.junit.jupiter.api.Test;

/**
 * The editor sees the structure the checks see: where the checks call a line a sub-heading or skip it,
 * outline, hover and completion do too.
 */
class OneReadingTest {
	private static final String PURCHASES = """
			机关：江城镇
			年度：2020
			二、主动公开政府信息情况
			第二十条第（五）项 | 上一年项目数量 | 本年增/减 | 处理决定数量
			行政许可 | 440 | 7 | 0
			第二十条第（九）项 | 采购项目数量 | 采购总金额
			政府集中采购 | 2 | 1.5
			第二十条第（七）项
			行政许可 | 1
			""";

	private static String codes(String text) {
		return services().validate(FILE, text).stream().map(problem -> problem.line() + " " + problem.code())
				.collect(Collectors.joining("\n"));
	}

	@Test
	void aMisnumberedSubHeadingIsNoSectionInTheOutline() {
		var text = """
				机关：江城镇
				年度：2021
				一、总体情况
				一、主动公开政府信息情况
				\"""本年主动公开……\"""
				二、主动公开政府信息情况
				第二十条第（一）项 | 本年制发件数
				规章 | 0
				""";
		assertEquals("4 govreport.section.numbering", services().validate(FILE, text).stream()
				.filter(problem -> problem.severity() == EditorProblem.Severity.WARNING)
				.map(problem -> problem.line() + " " + problem.code()).collect(Collectors.joining("\n")));
		assertEquals("""
				报告信息 江城镇 2021 · 2021-30
				一、总体情况
				二、主动公开政府信息情况
				  第二十条第（一）项 1/2 行""", outline(text));
	}

	@Test
	void aRowAfterAnUnknownTableTitleIsSkippedByTheEditorToo() {
		assertEquals(true, codes(PURCHASES).contains("8 govreport.table.unknown"), codes(PURCHASES));
		assertEquals("""
				报告信息 江城镇 2020 · 2019-60
				二、主动公开政府信息情况
				  第二十条第（五）项 1/2 行
				  第二十条第（九）项 1/1 行""", outline(PURCHASES));
	}

	@Test
	void theSkippedRowHasNoHoverOfAnotherLinesValue() {
		int offset = PURCHASES.lastIndexOf("| 1") + 2;
		assertEquals("(none)", services().hover(FILE, PURCHASES, offset).map(hover -> hover.markdown()).orElse("(none)"));
	}
}
