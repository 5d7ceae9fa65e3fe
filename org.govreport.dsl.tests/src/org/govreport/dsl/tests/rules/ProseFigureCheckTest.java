package org.govreport.dsl.tests.rules;

import static org.govreport.dsl.tests.ReportTesting.edit;
import static org.govreport.dsl.tests.ReportTesting.expectDiagnostics;

import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.Test;

/** R11: every figure the prose states about tables 三 and 四, warned on the prose, never "fixed" there. */
class ProseFigureCheckTest {
	private static final String SENTENCE = "本年新收政府信息公开申请7件，上年结转1件。";

	@Test
	void figuresThatAgreePass() {
		expectDiagnostics(edit(SampleReports.V2019, SENTENCE, SENTENCE + "行政复议2件，行政诉讼1件。"));
	}

	@Test
	void aFigureThatDisagreesIsWarnedOnTheNumberWithBothFiguresAndNoFix() {
		expectDiagnostics(edit(SampleReports.V2019, SENTENCE, "本年新收政府信息公开申请17件，上年结转1件。"),
				"WARNING 10:13 govreport.prose.R11 正文称“本年新收”17 件，表格中为 7 件（一 总计），请核对");
	}

	@Test
	void lawsuitsAreCountedOverBothKinds() {
		expectDiagnostics(edit(SampleReports.V2019, SENTENCE, SENTENCE + "被提起行政诉讼2件。"),
				"WARNING 10:30 govreport.prose.R11 正文称“行政诉讼”2 件，表格中为 1 件（未经复议直接起诉 总计 + 复议后起诉 总计），请核对");
	}

	@Test
	void aNumberInAnotherClauseIsNotTakenForTheFigure() {
		expectDiagnostics(edit(SampleReports.V2019, SENTENCE, "本年新收政府信息公开申请，其中网上申请3件。" + SENTENCE));
	}

	@Test
	void receivedHandledAndTheResultsOfTableThreeAreChecked() {
		expectDiagnostics(edit(SampleReports.V2019, SENTENCE, "共受理申请8件，办结7件，其中予以公开4件，不予公开2件，无法提供2件。"),
				"WARNING 10:27 govreport.prose.R11 正文称“不予公开”2 件，表格中为 1 件，请核对");
	}

	@Test
	void receivedCountsTheApplicationsCarriedOverFromLastYearToo() {
		expectDiagnostics(edit(SampleReports.V2019, SENTENCE, "共受理申请7件，其中本年新收7件，上年结转1件。"),
				"WARNING 10:6 govreport.prose.R11 正文称“受理”7 件，表格中为 8 件（一 总计 + 二 总计），请核对");
	}

	@Test
	void appealResultsAreReadInTheContextOfReviewOrLawsuit() {
		expectDiagnostics(edit(SampleReports.V2019, SENTENCE, SENTENCE + "行政复议2件，结果维持1件，结果纠正1件；行政诉讼1件，尚未审结1件。"));
		expectDiagnostics(edit(SampleReports.V2019, SENTENCE, SENTENCE + "行政复议2件，结果维持1件，结果纠正0件，其他结果1件。"),
				"WARNING 10:41 govreport.prose.R11 正文称“结果纠正”0 件，表格中为 1 件（行政复议 结果纠正），请核对",
				"WARNING 10:48 govreport.prose.R11 正文称“其他结果”1 件，表格中为 0 件（行政复议 其他结果），请核对");
	}

	@Test
	void aNumberBelongsToTheNearestPhraseBeforeIt() {
		expectDiagnostics(edit(SampleReports.V2019, SENTENCE, SENTENCE + "被申请行政复议结果维持1件，结果纠正1件。"));
	}

	@Test
	void aTableSwapWithEqualSumsIsCaughtByTheProse() {
		var prose = edit(SampleReports.V2019, SENTENCE, SENTENCE + "行政复议2件，结果维持1件，结果纠正1件，其他结果0件。");
		expectDiagnostics(edit(prose, "行政复议         | 1 | 1 | 0 | 0 | 2", "行政复议 | 1 | 0 | 1 | 0 | 2"),
				"WARNING 10:41 govreport.prose.R11 正文称“结果纠正”1 件，表格中为 0 件（行政复议 结果纠正），请核对",
				"WARNING 10:48 govreport.prose.R11 正文称“其他结果”0 件，表格中为 1 件（行政复议 其他结果），请核对");
	}
}
