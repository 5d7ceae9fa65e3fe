package org.govreport.dsl.tests.rules;

import java.util.stream.Stream;

import org.govreport.dsl.tests.EditCase;
import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** R10. */
class PlausibilityCheckTest {
	private static final String NORMATIVE = "规范性文件         | 3 | 2 | 5";

	static Stream<EditCase> cases() {
		return Stream.of(
				new EditCase("publishing more than was made is warned", SampleReports.V2019, NORMATIVE, "规范性文件 | 3 | 4 | 5",
						"WARNING 15:13 govreport.plausibility.R10 规范性文件 本年新公开数量 4 大于 规范性文件 本年新制作数量 3，请核对"),
				new EditCase("publishing more than the total published is warned", SampleReports.V2019, NORMATIVE, "规范性文件 | 3 | 2 | 1",
						"WARNING 15:13 govreport.plausibility.R10 规范性文件 本年新公开数量 2 大于 规范性文件 对外公开总数量 1，请核对"),
				new EditCase("the rule belongs to 2019-60 only", SampleReports.V2021, "行政规范性文件     | 4 | 1 | 20",
						"行政规范性文件 | 4 | 30 | 20"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void reports(EditCase editCase) {
		editCase.expect();
	}
}
