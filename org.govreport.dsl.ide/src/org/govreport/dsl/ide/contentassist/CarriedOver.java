package org.govreport.dsl.ide.contentassist;

import java.math.BigDecimal;
import java.util.Optional;

import org.govreport.dsl.model.CellNames;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.CrossYearRule;
import org.govreport.dsl.template.CrossYearRule.YearTerm;
import org.govreport.dsl.template.Scope;

/**
 * What a cell must hold by a cross-year rule (R7–R9) whose result it is, worked out with last year's
 * report, the same sum {@code CrossYearBalanceCheck} compares the cell with.
 *
 * @param figures the sum written out, {@code 上年 430 + 上年 11 = 441}
 */
record CarriedOver(CrossYearRule rule, String figures, BigDecimal value) {

	static Optional<CarriedOver> of(Report report, Report lastYear, CellRef cell) {
		for (CrossYearRule rule : report.template().crossYearRules()) {
			var named = rule.scope() == Scope.PER_ROW ? cell.column() : cell.row();
			var along = rule.scope() == Scope.PER_ROW ? cell.row() : cell.column();
			var lastYears = lastYear.table(rule.table());
			if (rule.table().equals(cell.table()) && rule.result().equals(named) && lastYears != null
					&& lastYears.isWritten()) {
				var worked = worked(report, lastYear, rule, along);
				if (worked.isPresent()) {
					return worked;
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<CarriedOver> worked(Report report, Report lastYear, CrossYearRule rule, String along) {
		var value = BigDecimal.ZERO;
		var figures = new StringBuilder();
		for (YearTerm term : rule.terms()) {
			var cell = (term.previousYear() ? lastYear : report).cell(rule.scope().cell(rule.table(), term.name(), along));
			if (cell == null || !cell.isKnown()) {
				return Optional.empty();
			}
			value = value.add(cell.value().multiply(BigDecimal.valueOf(term.sign())));
			figures.append(figures.isEmpty() ? "" : term.sign() > 0 ? " + " : " − ")
					.append(term.previousYear() ? "上年 " : "本年 ").append(CellNames.number(cell.value()));
		}
		return Optional.of(new CarriedOver(rule, figures + " = " + CellNames.number(value), value));
	}
}
