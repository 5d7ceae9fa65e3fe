package org.govreport.dsl.tests.rules;

import static org.govreport.dsl.tests.ReportTesting.edit;
import static org.govreport.dsl.tests.ReportTesting.expectDiagnostics;

import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.Test;

/** R6. */
class RuleMakingPowerCheckTest {
	private static final String WITH_RULES = edit(SampleReports.V2021, "规章               | 0 | 0 | 0", "规章 | 0 | 0 | 6");

	@Test
	void aCountyGovernmentReportingRulesIsWarned() {
		expectDiagnostics(WITH_RULES, "WARNING 10:14 govreport.level.R6 县级政府 无权制定规章，规章 现行有效件数 应为 0，实为 6 [→ 0]");
	}

	@Test
	void aCityWithDistrictsMayMakeRules() {
		expectDiagnostics(edit(WITH_RULES, "层级：县级政府", "层级：设区的市政府"));
	}

	@Test
	void withoutALevelNothingIsAssumed() {
		expectDiagnostics(edit(WITH_RULES, "层级：县级政府\n", ""));
	}
}
