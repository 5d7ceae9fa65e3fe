package org.govreport.dsl.tests.rules;

import static org.govreport.dsl.tests.ReportTesting.check;
import static org.govreport.dsl.tests.ReportTesting.edit;
import static org.govreport.dsl.tests.ReportTesting.expectDiagnostics;
import static org.govreport.dsl.tests.ReportTesting.render;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.Test;

/**
 * The slips of issue 19 as a writer meets them: one short line that says what to do, the nearest label
 * for a typo, the section a misplaced row belongs to, a figure typed in the wrong column, a row short of
 * a cell, and no cascade from a cell already in error.
 */
class WriterMessagesTest {
	private static final String NEW_ROW = "一、本年新收政府信息公开申请数量 | 5 | 2 | 0 | 0 | 0 | 0 | 7";

	@Test
	void aFigureInTheWrongColumnIsBlamedOnItsRowNamingBothColumns() {
		expectDiagnostics(edit(SampleReports.V2019, NEW_ROW, "一、本年新收政府信息公开申请数量 | 2 | 5 | 0 | 0 | 0 | 0 | 7"),
				"ERROR 22:20 govreport.balance.R1 一 可能填错了列：自然人 2 与 商业企业 5 对调，各列即相符");
	}

	@Test
	void aRowShortOfACellIsWarnedAndItsImbalanceBlamedOnIt() {
		expectDiagnostics(edit(SampleReports.V2019, NEW_ROW, "一、本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 0 | 7"),
				"WARNING 10:13 govreport.prose.R11 正文称“本年新收”7 件，表格中为 12 件（一 总计），请核对",
				"WARNING 22:1 govreport.row.short 本行只有 6 格，表头有 7 列：是否漏填了一格？没有的数请写 0",
				"ERROR 22:1 govreport.balance.R1 本行少填了一格？各数可能错了列，R1 因此不成立");
	}

	@Test
	void sumsShowOnlyNonZeroTermsAndTheDifference() {
		var slipped = edit(SampleReports.V2019, "（七）总计                       | 5 | 2 |", "（七）总计 | 5 | 3 |");
		expectDiagnostics(slipped, "ERROR 27:13 govreport.balance.R1 第三项 商业企业 应为 2（= 一 2），实为 3，多 1 [→ 2]");
		assertTrue(check(slipped).stream().allMatch(finding -> finding.message().length() <= 120), render(check(slipped)));
	}

	@Test
	void aCorrectTotalIsNeverOfferedAFixWhenAFigureIsInTheWrongColumn() {
		var findings = check(edit(SampleReports.V2019, NEW_ROW, "一、本年新收政府信息公开申请数量 | 2 | 5 | 0 | 0 | 0 | 0 | 7"));
		assertTrue(findings.stream().allMatch(finding -> finding.fixValue() == null), render(findings));
	}

	@Test
	void aMistypedRowLabelGetsTheNearestLabelAsItsFix() {
		expectDiagnostics(edit(SampleReports.V2019, "（一）予以公开                   | 3", "（一）予以工开 | 3"),
				"ERROR 24:1 govreport.row.unknown 未知的行“（一）予以工开”，是否为“（一）予以公开”？ [→ （一）予以公开]");
	}

	@Test
	void aMistypedColumnGetsTheNearestColumn() {
		expectDiagnostics(edit(SampleReports.V2019, "| 结果维持 | 结果纠正 |", "| 结果维持 | 结果纠证 |"),
				"ERROR 30:27 govreport.column.unknown 未知的列“结果纠证”，是否为“结果纠正”？ [→ 结果纠正]");
	}

	@Test
	void aRowOfAnotherSectionSaysWhereItBelongs() {
		expectDiagnostics(edit(SampleReports.V2019, "复议后起诉       | 0 | 0 | 0 | 0 | 0", "复议后起诉 | 0\n（二）部分公开 | 0"),
				"ERROR 34:1 govreport.row.otherTable “（二）部分公开”是“申请人情况”的行，属于“三、收到和处理政府信息公开申请情况”，请移到该部分");
	}

	@Test
	void aNegativeCountIsReportedOnceAndNoSumOffersANegativeFix() {
		expectDiagnostics(edit(SampleReports.V2019, "（一）予以公开                   | 3 |", "（一）予以公开 | -3 |"),
				"ERROR 24:11 govreport.count.R5 予以公开 自然人 不能为负数，实为 -3");
	}

	@Test
	void aCellWithAUnitItCannotTakeDoesNotCascadeIntoBalanceErrors() {
		var findings = check(edit(SampleReports.V2019, "（一）予以公开                   | 3 | 1 |", "（一）予以公开 | 3 | 1,0012 |"));
		assertTrue(findings.stream().filter(Diagnostic::isError).allMatch(finding -> finding.code().equals("govreport.cell.unit")),
				render(findings));
	}
}
