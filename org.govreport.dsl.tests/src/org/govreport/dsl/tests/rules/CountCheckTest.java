package org.govreport.dsl.tests.rules;

import static org.govreport.dsl.tests.ReportTesting.check;
import static org.govreport.dsl.tests.ReportTesting.edit;
import static org.govreport.dsl.tests.ReportTesting.expectDiagnostics;
import static org.govreport.dsl.tests.ReportTesting.render;
import static org.govreport.dsl.tests.ReportTesting.report;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.model.Cell;
import org.govreport.dsl.model.ReportTable;
import org.govreport.dsl.template.ValueKind;
import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** R5. */
class CountCheckTest {

	@Test
	void aNegativeCount() {
		expectDiagnostics(edit(SampleReports.V2019, "规范性文件         | 3 | 2 | 5", "规范性文件 | 3 | 2 | -5"),
				"WARNING 15:13 govreport.plausibility.R10 规范性文件 本年新公开数量 2 大于 规范性文件 对外公开总数量 -5，请核对",
				"ERROR 15:17 govreport.count.R5 规范性文件 对外公开总数量 不能为负数，实为 -5");
	}

	@Test
	void aDecimalCount() {
		expectDiagnostics(edit(SampleReports.V2021, "行政许可           | 120", "行政许可 | 120.5"),
				"ERROR 13:8 govreport.count.R5 行政许可 本年处理决定数量 是件数，应为整数，实为 120.5");
	}

	@Test
	void aWholeCountWrittenWithADecimalPointIsStillNoInteger() {
		var source = edit(SampleReports.V2021, "行政许可           | 120", "行政许可 | 120.0");
		expectDiagnostics(source,
				"ERROR 13:8 govreport.count.R5 行政许可 本年处理决定数量 是件数，应为整数，实为 120.0，请写 120 [→ 120]");
	}

	@Test
	void anAmountKeepsItsDecimals() {
		expectDiagnostics(edit(SampleReports.V2021, "| 96171.6", "| 96171.60"));
	}

	@Test
	void aChangeMayBeNegativeAndAnAmountDecimal() {
		expectDiagnostics(edit(SampleReports.V2019, "440 | +7 | 12", "440 | -3 | 12"));
		expectDiagnostics(SampleReports.V2021);
	}

	@Test
	void everySingleWrongCellOfSectionTwoGetsExactlyOneErrorThere() {
		for (String source : new String[] { SampleReports.V2019, SampleReports.V2021 }) {
			var checks = new ArrayList<Executable>();
			for (ReportTable table : report(source).tables().values()) {
				if (table.spec().title() == null) {
					continue;
				}
				for (Cell cell : table.cells().stream().filter(Cell::isWritten).toList()) {
					var kind = table.spec().column(cell.ref().column()).orElseThrow().kind();
					var wrong = kind == ValueKind.SIGNED_DELTA ? "2.5" : "-5";
					var range = cell.range();
					var source2 = source.substring(0, range.offset()) + wrong + source.substring(range.offset() + range.length());
					checks.add(() -> {
						var errors = check(source2).stream().filter(Diagnostic::isError).toList();
						assertEquals(1, errors.size(), cell.ref() + " " + render(errors));
						assertEquals(range.offset(), errors.get(0).range().offset(), cell.ref() + " " + render(errors));
					});
				}
			}
			assertAll(checks);
		}
	}
}
