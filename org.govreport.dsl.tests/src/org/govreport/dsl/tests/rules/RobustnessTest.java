package org.govreport.dsl.tests.rules;

import static org.govreport.dsl.tests.ReportTesting.check;
import static org.govreport.dsl.tests.ReportTesting.edit;
import static org.govreport.dsl.tests.ReportTesting.expectDiagnostics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.parsing.source.SourceLine;
import org.govreport.dsl.rules.ReportChecker;
import org.govreport.dsl.tests.ReportTesting;
import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.Test;

/** Half-written files are the normal case in an editor: no exception, and the rules still run. */
class RobustnessTest {

	@Test
	void anEmptyFileGetsStructuralErrorsOnly() {
		var diagnostics = ReportChecker.check(List.<SourceLine>of(), "empty.govreport", null);
		assertFalse(diagnostics.isEmpty());
		assertTrue(diagnostics.stream().noneMatch(diagnostic -> diagnostic.code().equals(IssueCodes.INTERNAL)));
	}

	@Test
	void rulesStillRunNextToStructuralErrors() {
		var source = edit(edit(SampleReports.V2019, "行政许可           | 440", "行政许可 | 440 | 1 | 2 | 3 | 无"),
				"行政复议         | 1 | 1 | 0 | 0 | 2", "行政复议 | 1 | 1 | 0 | 0 | 3");
		var codes = check(source).stream().map(diagnostic -> diagnostic.code()).toList();
		assertTrue(codes.contains(IssueCodes.CELL_EXTRA), codes.toString());
		assertTrue(codes.contains(IssueCodes.balance("R4")), codes.toString());
	}

	@Test
	void aTableWithARowThatCannotBePlacedIsNotBalancedButTheOthersAre() {
		var source = edit(edit(SampleReports.V2019, "（一）予以公开                   | 3", "（一）批准公开 | 3"),
				"行政复议         | 1 | 1 | 0 | 0 | 2", "行政复议 | 1 | 1 | 0 | 0 | 3");
		assertEquals(List.of(IssueCodes.ROW_UNKNOWN, IssueCodes.balance("R4")),
				check(source).stream().map(diagnostic -> diagnostic.code()).toList());
	}

	@Test
	void linesInOddPlacesAreReportedNotThrown() {
		var source = """
				| 自然人 | 总计
				一、本年新收 | 1
				三、收到和处理政府信息公开申请情况
				| | 总计 | 总计
				无标签
				| 5 | 5
				第二十条第（一）项
				""";
		var diagnostics = check(source);
		assertTrue(diagnostics.stream().noneMatch(diagnostic -> diagnostic.code().equals(IssueCodes.INTERNAL)),
				ReportTesting.render(diagnostics));
	}

	@Test
	void rowsInAnyOrderAndAHeaderSubsetCheckClean() {
		expectDiagnostics("""
				机关：测试镇
				年度：2021
				一、总体情况
				六、其他需要报告的事项
				""".replace("六、其他需要报告的事项", """
				二、主动公开政府信息情况
				三、收到和处理政府信息公开申请情况
				| 自然人 | 总计
				四、结转下年度继续办理 | 0
				（七）总计 | 2 | 2
				本年新收 | 2
				（一）予以公开 | 2
				四、政府信息公开行政复议、行政诉讼情况
				五、存在的主要问题及改进情况
				六、其他需要报告的事项"""));
	}
}
