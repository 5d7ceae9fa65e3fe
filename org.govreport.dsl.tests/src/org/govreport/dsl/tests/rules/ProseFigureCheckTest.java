package org.govreport.dsl.tests.rules;

import static org.govreport.dsl.tests.ReportTesting.edit;
import static org.govreport.dsl.tests.ReportTesting.expectDiagnostics;

import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.Test;

/** R11. */
class ProseFigureCheckTest {
	private static final String SENTENCE = "本年新收政府信息公开申请7件，上年结转1件。";

	@Test
	void figuresThatAgreePass() {
		expectDiagnostics(edit(SampleReports.V2019, SENTENCE, SENTENCE + "行政复议2件，行政诉讼1件。"));
	}

	@Test
	void aFigureThatDisagreesIsWarnedOnTheNumber() {
		expectDiagnostics(edit(SampleReports.V2019, SENTENCE, "本年新收政府信息公开申请17件，上年结转1件。"),
				"WARNING 10:13 govreport.prose.R11 正文称“本年新收”17 件，表格中为 7 件（一 总计） [→ 7]");
	}

	@Test
	void lawsuitsAreCountedOverBothKinds() {
		expectDiagnostics(edit(SampleReports.V2019, SENTENCE, SENTENCE + "被提起行政诉讼2件。"),
				"WARNING 10:30 govreport.prose.R11 正文称“行政诉讼”2 件，表格中为 1 件（未经复议直接起诉 总计 + 复议后起诉 总计） [→ 1]");
	}

	@Test
	void aNumberInAnotherClauseIsNotTakenForTheFigure() {
		expectDiagnostics(edit(SampleReports.V2019, SENTENCE, "本年新收政府信息公开申请，其中网上申请3件。" + SENTENCE));
	}
}
