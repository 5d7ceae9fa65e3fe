package org.govreport.dsl.rules;

import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.model.CellNames;
import org.govreport.dsl.model.Cell;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportTable;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.ValueKind;

/** R5: counts are whole numbers, and nothing but a change (本年增/减) is negative. */
public final class CountCheck implements ReportRule {

	@Override
	public List<Diagnostic> check(Report report) {
		var diagnostics = new ArrayList<Diagnostic>();
		for (ReportTable table : report.tables().values()) {
			for (Cell cell : table.cells()) {
				var column = table.spec().column(cell.ref().column()).orElseThrow();
				if (cell.isWritten()) {
					check(report, cell, column, diagnostics);
				}
			}
		}
		return diagnostics;
	}

	private static void check(Report report, Cell cell, ColumnSpec column, List<Diagnostic> diagnostics) {
		// 440.0 is a decimal as written, even if its value is whole: a count has no decimal point.
		if (column.kind() != ValueKind.AMOUNT && cell.value().scale() > 0) {
			var whole = cell.value().stripTrailingZeros().scale() <= 0;
			diagnostics.add(Diagnostic.error(IssueCodes.COUNT, CellNames.cell(report, cell.ref()) + " 是件数，应为整数，实为 "
					+ cell.value().toPlainString() + (whole ? "，请写 " + CellNames.number(cell.value()) : ""), cell.range())
					.withFix(whole ? CellNames.number(cell.value()) : null));
		}
		if (column.kind() != ValueKind.SIGNED_DELTA && cell.value().signum() < 0) {
			diagnostics.add(Diagnostic.error(IssueCodes.COUNT, CellNames.cell(report, cell.ref()) + " 不能为负数，实为 "
					+ CellNames.number(cell.value()), cell.range()));
		}
	}
}
