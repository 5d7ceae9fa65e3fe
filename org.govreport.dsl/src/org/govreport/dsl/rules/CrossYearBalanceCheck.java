package org.govreport.dsl.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.model.CellNames;
import org.govreport.dsl.model.CellOrigin;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.template.CrossYearRule;
import org.govreport.dsl.template.CrossYearRule.YearTerm;

/**
 * R7–R9: what this year's report takes over from last year's. A rule is skipped when last year's
 * version lacks the cells it needs (a 2019-60 report has no 现行有效件数), since nothing can be compared.
 */
public final class CrossYearBalanceCheck implements CrossYearCheck {

	@Override
	public List<Diagnostic> check(Report report, Report previous) {
		var diagnostics = new ArrayList<Diagnostic>();
		if (previous == null) {
			return diagnostics;
		}
		for (CrossYearRule rule : report.template().crossYearRules()) {
			var lastYears = previous.table(rule.table());
			if (lastYears == null || !lastYears.isWritten()) {
				// a table last year's report left out says nothing about last year's figures
				continue;
			}
			var table = report.template().table(rule.table()).orElseThrow();
			for (String along : rule.scope().linesAlong(table)) {
				check(report, previous, rule, along, diagnostics);
			}
		}
		return diagnostics;
	}

	private static void check(Report report, Report previous, CrossYearRule rule, String along, List<Diagnostic> diagnostics) {
		var result = report.cell(rule.scope().cell(rule.table(), rule.result(), along));
		if (result.origin() == CellOrigin.COMPUTED) {
			// a computed total follows its parts, which are checked themselves
			return;
		}
		var expected = BigDecimal.ZERO;
		var explanation = new StringBuilder();
		for (YearTerm term : rule.terms()) {
			var source = term.previousYear() ? previous : report;
			var cell = source.cell(rule.scope().cell(rule.table(), term.name(), along));
			if (cell == null || !cell.isKnown() || !result.isKnown()) {
				return;
			}
			expected = expected.add(cell.value().multiply(BigDecimal.valueOf(term.sign())));
			explanation.append(explanation.isEmpty() ? "" : term.sign() > 0 ? " + " : " − ")
					.append(term.previousYear() ? "上年 " : "本年 ").append(CellNames.cell(source, cell.ref())).append(' ')
					.append(CellNames.number(cell.value()));
		}
		if (expected.compareTo(result.value()) != 0) {
			diagnostics.add(Diagnostic.error(IssueCodes.crossYear(rule.ruleId()), CellNames.cell(report, result.ref()) + " 应为 "
					+ CellNames.number(expected) + "（= " + explanation + "），实为 " + CellNames.number(result.value()) + "；本年报告 "
					+ report.sourceName() + "，上年报告 " + previous.sourceName(), result.range()).withFix(CellNames.number(expected)));
		}
	}

}
