package org.govreport.dsl.tests.rules;

import static org.govreport.dsl.tests.ReportTesting.check;
import static org.govreport.dsl.tests.ReportTesting.edit;
import static org.govreport.dsl.tests.ReportTesting.render;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.tests.EditCase;
import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The slips of issue 19 as a writer meets them: one short line that says what to do, the nearest label
 * for a typo, the section a misplaced row belongs to, a figure typed in the wrong column, a row short of
 * a cell, and no cascade from a cell already in error.
 */
class WriterMessagesTest {
	private static final String NEW_ROW = "一、本年新收政府信息公开申请数量 | 5 | 2 | 0 | 0 | 0 | 0 | 7";
	private static final String SWAPPED = "一、本年新收政府信息公开申请数量 | 2 | 5 | 0 | 0 | 0 | 0 | 7";

	static Stream<EditCase> cases() {
		return Stream.of(
				new EditCase("a figure in the wrong column is blamed on its row naming both columns", SampleReports.V2019, NEW_ROW, SWAPPED,
						"ERROR 22:20 govreport.balance.R1 一 可能填错了列：自然人 2 与 商业企业 5 对调，各列即相符"),
				new EditCase("a row short of a cell is warned and its imbalance blamed on it", SampleReports.V2019, NEW_ROW,
						"一、本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 0 | 7",
						"WARNING 10:13 govreport.prose.R11 正文称“本年新收”7 件，表格中为 12 件（一 总计），请核对",
						"WARNING 22:1 govreport.row.short 本行只有 6 格，表头有 7 列：是否漏填了一格？没有的数请写 0",
						"ERROR 22:1 govreport.balance.R1 本行少填了一格？各数可能错了列，R1 因此不成立"),
				new EditCase("a sum shows only its non-zero terms and the difference", SampleReports.V2019,
						"（七）总计                       | 5 | 2 |", "（七）总计 | 5 | 3 |",
						"ERROR 27:13 govreport.balance.R1 第三项 商业企业 应为 2（= 一 2），实为 3，多 1 [→ 2]"),
				new EditCase("a mistyped row label gets the nearest label as its fix", SampleReports.V2019, "（一）予以公开                   | 3",
						"（一）予以工开 | 3", "ERROR 24:1 govreport.row.unknown 未知的行“（一）予以工开”，是否为“（一）予以公开”？ [→ （一）予以公开]"),
				new EditCase("an unknown row of a long table lists the few rows most like it, not all of them", SampleReports.V2019,
						"（七）总计                       | 5", "（八）申请人主动撤回申请 | 0\n（七）总计 | 5",
						"ERROR 27:1 govreport.row.unknown 未知的行“（八）申请人主动撤回申请”，最接近的：（五）不予处理 2.重复申请、"
								+ "（五）不予处理 1.信访举报投诉类申请、（五）不予处理 4.无正当理由大量反复申请（本表共 23 行）"),
				new EditCase("two wrong totals of table 四 each get the sum of their four results as a sure fix", SampleReports.V2019,
						"行政复议         | 1 | 1 | 0 | 0 | 2\n未经复议直接起诉 | 0 | 0 | 0 | 1 | 1",
						"行政复议 | 1 | 1 | 0 | 0 | 3\n未经复议直接起诉 | 0 | 0 | 0 | 1 | 2",
						"ERROR 31:24 govreport.balance.R4 行政复议 总计 应为 2（= 结果维持 1 + 结果纠正 1），实为 3，多 1 [→ 2]",
						"ERROR 32:28 govreport.balance.R4 未经复议直接起诉 总计 应为 1（= 尚未审结 1），实为 2，多 1 [→ 1]"),
				new EditCase("a mistyped column gets the nearest column, and no sum repeats it", SampleReports.V2019, "| 结果维持 | 结果纠正 |",
						"| 结果维持 | 结果纠证 |", "ERROR 30:27 govreport.column.unknown 未知的列“结果纠证”，是否为“结果纠正”？ [→ 结果纠正]"),
				new EditCase("a row of another section says where it belongs", SampleReports.V2019, "复议后起诉       | 0 | 0 | 0 | 0 | 0",
						"复议后起诉 | 0\n（二）部分公开 | 0",
						"ERROR 34:1 govreport.row.otherTable “（二）部分公开”是“三、收到和处理政府信息公开申请情况”的行，请移到该处"),
				new EditCase("a row of a titled table names the table", SampleReports.V2019, "复议后起诉       | 0 | 0 | 0 | 0 | 0",
						"复议后起诉 | 0\n行政许可 | 0",
						"ERROR 34:1 govreport.row.otherTable “行政许可”是“二、主动公开政府信息情况”的“第二十条第（五）项”的行，请移到该处"),
				new EditCase("a mistyped item of a group is offered whole", SampleReports.V2019, "（四）无法提供 1.本机关不掌握相关政府信息 | 1",
						"（四）无法提供 1.本机关不掌握相关正府信息 | 1",
						"ERROR 26:1 govreport.row.unknown 未知的行“（四）无法提供 1.本机关不掌握相关正府信息”，是否为“（四）无法提供 1.本机关不掌握相关政府信息”？ [→ （四）无法提供 1.本机关不掌握相关政府信息]"),
				new EditCase("a negative count is reported once and no sum offers a fix from it", SampleReports.V2019,
						"（一）予以公开                   | 3 |", "（一）予以公开 | -3 |",
						"ERROR 24:11 govreport.count.R5 予以公开 自然人 不能为负数，实为 -3"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void reports(EditCase editCase) {
		editCase.expect();
	}

	@Test
	void messagesOfTheCommonSlipsAreOneShortLine() {
		cases().forEach(editCase -> {
			var findings = check(edit(editCase.base(), editCase.piece(), editCase.replacement()));
			assertTrue(findings.stream().allMatch(finding -> finding.message().length() <= 120 && !finding.message().contains("\n")),
					render(findings));
		});
	}

	@Test
	void aCorrectTotalIsNeverOfferedAFixWhenAFigureIsInTheWrongColumn() {
		var findings = check(edit(SampleReports.V2019, NEW_ROW, SWAPPED));
		assertTrue(findings.stream().allMatch(finding -> finding.fixValue() == null), render(findings));
	}

	@Test
	void aCellWithAUnitItCannotTakeDoesNotCascadeIntoBalanceErrors() {
		var findings = check(edit(SampleReports.V2019, "（一）予以公开                   | 3 | 1 |", "（一）予以公开 | 3 | 1,0012 |"));
		assertTrue(findings.stream().filter(Diagnostic::isError).allMatch(finding -> finding.code().equals("govreport.cell.unit")),
				render(findings));
	}
}
