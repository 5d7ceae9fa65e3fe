package org.govreport.dsl.rules;

import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.model.CellNames;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.template.Inequality;

/** R10: soft orderings between columns (本年新公开数量 ≤ 本年新制作数量), as the template lists them. */
public final class PlausibilityCheck implements ReportRule {

	@Override
	public List<Diagnostic> check(Report report) {
		var diagnostics = new ArrayList<Diagnostic>();
		for (Inequality inequality : report.template().inequalities()) {
			var table = report.template().table(inequality.table()).orElseThrow();
			for (String along : inequality.scope().linesAlong(table)) {
				var lesser = report.cell(inequality.scope().cell(table.key(), inequality.lesser(), along));
				var greater = report.cell(inequality.scope().cell(table.key(), inequality.greater(), along));
				if (lesser.isKnown() && greater.isKnown() && lesser.value().compareTo(greater.value()) > 0) {
					diagnostics.add(Diagnostic.warning(IssueCodes.PLAUSIBILITY, CellNames.cell(report, lesser.ref()) + " "
							+ CellNames.number(lesser.value()) + " 大于 " + CellNames.cell(report, greater.ref()) + " "
							+ CellNames.number(greater.value()) + "，请核对", lesser.range()));
				}
			}
		}
		return diagnostics;
	}
}
