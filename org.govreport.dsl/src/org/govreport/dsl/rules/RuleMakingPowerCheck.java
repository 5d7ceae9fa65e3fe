package org.govreport.dsl.rules;

import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.model.CellNames;
import org.govreport.dsl.model.Cell;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportTable;
import org.govreport.dsl.template.RowSpec;

/** R6: only organs with rule-making power (立法法) make 规章; others should report 0 there. */
public final class RuleMakingPowerCheck implements ReportRule {

	@Override
	public List<Diagnostic> check(Report report) {
		var diagnostics = new ArrayList<Diagnostic>();
		if (report.level() == null || report.level().canMakeRules()) {
			return diagnostics;
		}
		for (ReportTable table : report.tables().values()) {
			for (Cell cell : table.cells()) {
				var needsPower = table.spec().row(cell.ref().row()).map(RowSpec::needsRuleMakingPower).orElse(false);
				if (needsPower && cell.isWritten() && cell.value().signum() != 0) {
					diagnostics.add(Diagnostic.warning(IssueCodes.RULE_MAKING_POWER, report.level().name() + " 无权制定规章，"
							+ CellNames.cell(report, cell.ref()) + " 应为 0，实为 " + CellNames.number(cell.value()), cell.range())
							.withFix("0"));
				}
			}
		}
		return diagnostics;
	}
}
