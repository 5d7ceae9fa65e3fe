package org.govreport.dsl.tests.rules;

import static org.govreport.dsl.tests.ReportTesting.check;
import static org.govreport.dsl.tests.ReportTesting.edit;
import static org.govreport.dsl.tests.ReportTesting.expectDiagnostics;
import static org.govreport.dsl.tests.ReportTesting.expectNoDiagnostics;
import static org.govreport.dsl.tests.ReportTesting.render;
import static org.govreport.dsl.tests.ReportTesting.report;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.model.Cell;
import org.govreport.dsl.tests.EditCase;
import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.function.Executable;

class BalanceCheckTest {

	@Test
	void balancedReportsPass() {
		expectNoDiagnostics(SampleReports.V2019);
		expectNoDiagnostics(SampleReports.V2021);
	}

	static Stream<EditCase> cases() {
		return Stream.of(
				new EditCase("a wrong grand total is reported once with the templates own rule", SampleReports.V2019, "（七）总计                       | 5 | 2 | 0 | 0 | 0 | 0 | 7",
						"（七）总计 | 5 | 2 | 0 | 0 | 0 | 0 | 6",
						"ERROR 27:33 govreport.balance.R1 第三项 总计 应为 7（= 一 7 + 二 1 − 四 1），实为 6，少 1 [→ 7]"),
				new EditCase("a wrong applicant cell breaks a column and a row but gets one error", SampleReports.V2019, "一、本年新收政府信息公开申请数量 | 5 |", "一、本年新收政府信息公开申请数量 | 6 |",
						"ERROR 22:20 govreport.balance.R1 一 自然人 应为 5（= 第三项 5 + 四 1 − 二 1），实为 6，多 1 [→ 5]"),
				new EditCase("a wrong row total is blamed on the total", SampleReports.V2019, "（一）予以公开                   | 3 | 1 |   |   |   |   | 4",
						"（一）予以公开 | 3 | 1 |   |   |   |   | 5",
						"ERROR 24:35 govreport.balance.R3 予以公开 总计 应为 4（= 自然人 3 + 商业企业 1），实为 5，多 1 [→ 4]"),
				new EditCase("with totals left out a column cannot tell which cell is wrong, says so and offers no fix", SampleReports.V2021, "（一）予以公开                   | 2", "（一）予以公开 | 3",
						"ERROR 20:20 govreport.balance.R1 一 自然人 应为 3（= 第三项 4 − 二 1），实为 2，少 1（或本式其他格有误）"),
				new EditCase("a wrong appeal total is reported on the total", SampleReports.V2019, "行政复议         | 1 | 1 | 0 | 0 | 2", "行政复议 | 1 | 1 | 0 | 0 | 3",
						"ERROR 31:24 govreport.balance.R4 行政复议 总计 应为 2（= 结果维持 1 + 结果纠正 1），实为 3，多 1 [→ 2]"),
				new EditCase("a wrong appeal term cannot be told from a wrong total so the total is blamed", SampleReports.V2019, "未经复议直接起诉 | 0 | 0 | 0 | 1 | 1", "未经复议直接起诉 | 0 | 0 | 0 | 2 | 1",
						"ERROR 32:28 govreport.balance.R4 未经复议直接起诉 总计 应为 2（= 尚未审结 2），实为 1，少 1 [→ 2]"),
				new EditCase("an unreadable cell does not cascade into balance errors", SampleReports.V2019, "一、本年新收政府信息公开申请数量 | 5 |", "一、本年新收政府信息公开申请数量 | 无 |",
						"ERROR 22:20 govreport.cell.word 自然人 应填数字，实为“无”，没有请写 0 [→ 0]"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void reports(EditCase editCase) {
		editCase.expect();
	}

	@Test
	void everySingleWrongCellOfTableThreeGetsExactlyOneErrorThere() {
		assertEveryWrittenCellIsLocalised(SampleReports.V2019, "applications");
	}

	@Test
	void computedTotalsAreNeverBlamed() {
		var source = SampleReports.V2021;
		var report = report(source);
		for (Cell cell : report.table("applications").cells().stream().filter(Cell::isWritten).toList()) {
			var errors = check(withOneMore(source, cell)).stream().filter(Diagnostic::isError).toList();
			assertEquals(1, errors.size(), render(errors));
			var blamed = report.table("applications").cells().stream()
					.filter(other -> other.range().offset() == errors.get(0).range().offset()).findFirst().orElseThrow();
			assertTrue(blamed.isWritten(), render(errors));
		}
	}

	@Test
	void twoIndependentMistakesGetOneErrorEach() {
		var source = edit(edit(SampleReports.V2019, "一、本年新收政府信息公开申请数量 | 5 |", "一、本年新收政府信息公开申请数量 | 6 |"),
				"行政复议         | 1 | 1 | 0 | 0 | 2", "行政复议 | 1 | 1 | 0 | 0 | 3");
		assertEquals(2, check(source).size(), render(check(source)));
	}

	/** Adds 1 to each written cell in turn; each time exactly one error must point at it with the old value. */
	private static void assertEveryWrittenCellIsLocalised(String source, String table) {
		var checks = new ArrayList<Executable>();
		var cells = report(source).table(table).cells().stream().filter(Cell::isWritten).toList();
		assertTrue(cells.size() > 3);
		for (Cell cell : cells) {
			var range = cell.range();
			var wrong = withOneMore(source, cell);
			checks.add(() -> {
				var diagnostics = check(wrong).stream().filter(Diagnostic::isError).toList();
				var where = cell.ref() + " " + render(diagnostics);
				assertEquals(1, diagnostics.size(), where);
				assertEquals(List.of(range.offset(), cell.value().toPlainString()),
						List.of(diagnostics.get(0).range().offset(), diagnostics.get(0).fixValue()), where);
			});
		}
		assertAll(checks);
	}

	private static String withOneMore(String source, Cell cell) {
		var range = cell.range();
		return source.substring(0, range.offset()) + cell.value().add(BigDecimal.ONE)
				+ source.substring(range.offset() + range.length());
	}
}
