package org.govreport.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.govreport.dsl.generator.text.TextRenderer;
import org.govreport.dsl.tests.Examples;
import org.govreport.dsl.tests.ReportTesting;
import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.Test;

/**
 * The plain text has the layout of text copied out of the Word template (shared/seeds): one cell a
 * line behind a tab, a blank line after each row, merged cells once and then empty in the rows below.
 * The example 江城镇 is seed 000 written in the language; its sections 四 must come out as in the seed.
 */
class TextRendererTest {

	@Test
	void sectionFourIsLaidOutAsTheSeed() throws Exception {
		var text = TextRenderer.text(ReportTesting.report(Files.readString(example("江城镇-2020.govreport"))));
		var expected = "四、政府信息公开行政复议、行政诉讼情况\n"
				+ row("行政复议", "行政诉讼")
				+ row("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉")
				+ row("", "", "", "", "", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
				+ row(Collections.nCopies(15, "0").toArray(String[]::new))
				+ "\n";
		assertEquals(expected, between(text, "四、政府信息公开行政复议", "五、存在的主要问题及改进情况"));
	}

	@Test
	void tableThreeHasTheRuleNoteAndMergedLabelsAsTheSeed() throws Exception {
		var text = TextRenderer.text(ReportTesting.report(Files.readString(example("江城镇-2020.govreport"))));
		var zeros = Collections.nCopies(7, "0");
		var expected = "三、收到和处理政府信息公开申请情况\n"
				+ row("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况")
				+ row("", "自然人", "法人或其他组织", "总计")
				+ row("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "")
				+ row(with(zeros, "一、本年新收政府信息公开申请数量"))
				+ row(with(zeros, "二、上年结转政府信息公开申请数量"))
				+ row(with(zeros, "三、本年度办理结果", "（一）予以公开"))
				+ row(with(zeros, "", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"))
				+ row(with(zeros, "", "（三）不予公开", "1.属于国家秘密"))
				+ row(with(zeros, "", "", "2.其他法律行政法规禁止公开"));
		assertEquals(expected, between(text, "三、收到和处理政府信息公开申请情况", "\t\n\t\n\t3.危及"));
	}

	@Test
	void anAmountReadsBackInTheUnitItsPrintedHeaderNames() {
		var printed = ReportTesting.edit(ReportTesting.edit(SampleReports.V2019, "| 采购项目数量 | 采购总金额\n",
				"| 采购项目数量 | 采购总金额（单位：万元）\n"), "| 2 | 11210元", "| 2 | 1.121");
		ReportTesting.expectNoDiagnostics(printed);
		assertEquals(ReportTesting.report(SampleReports.V2019).table("art20.9").cell("purchasing", "purchaseAmount").value(),
				ReportTesting.report(printed).table("art20.9").cell("purchasing", "purchaseAmount").value());
	}

	private static String row(String... cells) {
		var row = new StringBuilder();
		for (String cell : cells) {
			row.append('\t').append(cell).append('\n');
		}
		return row.append('\n').toString();
	}

	private static String[] with(List<String> figures, String... labels) {
		var cells = new ArrayList<>(List.of(labels));
		cells.addAll(figures);
		return cells.toArray(String[]::new);
	}

	/** From the start text up to the end text, which is left out. */
	private static String between(String text, String start, String end) {
		int from = text.indexOf(start);
		return text.substring(from, text.indexOf(end, from));
	}

	private static Path example(String name) throws Exception {
		return Examples.files().stream().filter(file -> file.getFileName().toString().equals(name)).findFirst().orElseThrow();
	}
}
