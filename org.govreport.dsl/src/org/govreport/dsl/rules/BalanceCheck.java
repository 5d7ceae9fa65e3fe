package org.govreport.dsl.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.model.CellNames;
import org.govreport.dsl.model.Cell;
import org.govreport.dsl.model.IdentityEvaluator;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.Identity;

/**
 * R1–R4, generic over the identities of the template. One wrong cell usually breaks several identities
 * (a row sum and a column balance); reporting each would bury the mistake, so the check looks for the
 * written cell that alone explains them: it takes part in every identity it could fix, all of them are
 * broken, and one value mends them all. Only identities nobody explains are reported one by one.
 */
public final class BalanceCheck implements ReportRule {

	@Override
	public List<Diagnostic> check(Report report) {
		var definitions = report.template().definitions();
		var constraints = report.template().identities().stream()
				.filter(identity -> report.table(identity.result().table()).isComplete())
				.map(identity -> Constraint.of(identity, definitions, report)).flatMap(Optional::stream).toList();
		var unexplained = new ArrayList<>(constraints.stream().filter(Constraint::isViolated).toList());
		var diagnostics = new ArrayList<Diagnostic>();
		var blamed = new HashSet<CellRef>();
		while (!unexplained.isEmpty()) {
			var culprit = bestCulprit(report, constraints, unexplained);
			if (culprit.isEmpty()) {
				break;
			}
			diagnostics.add(blame(report, culprit.get()));
			blamed.add(culprit.get().cell().ref());
			unexplained.removeAll(culprit.get().involved());
		}
		for (Constraint constraint : unexplained) {
			var cell = preferredCell(report, constraint);
			// one error a cell: a second identity through the same cell would only contradict the first
			if (blamed.add(cell.ref())) {
				diagnostics.add(blame(report, new Culprit(cell, List.of(constraint), false)));
			}
		}
		return diagnostics;
	}

	private static Optional<Culprit> bestCulprit(Report report, List<Constraint> all, List<Constraint> unexplained) {
		var candidates = new LinkedHashSet<CellRef>();
		unexplained.forEach(constraint -> candidates.addAll(constraint.form().keySet()));
		var culprits = new ArrayList<Culprit>();
		for (CellRef ref : candidates) {
			var cell = report.cell(ref);
			var involved = all.stream().filter(constraint -> constraint.involves(ref)).toList();
			if (cell.isWritten() && unexplained.containsAll(involved) && agreeOnValue(cell, involved)) {
				culprits.add(new Culprit(cell, involved, false));
			}
		}
		var order = Comparator.comparingInt((Culprit culprit) -> culprit.involved().size()).thenComparing(Culprit::isDesignated);
		var best = culprits.stream().max(order);
		// Without written totals a column sum cannot tell which of its cells is wrong: say so.
		return best.map(chosen -> culprits.stream().filter(other -> order.compare(other, chosen) == 0).count() > 1
				? new Culprit(chosen.cell(), chosen.involved(), true) : chosen);
	}

	private static boolean agreeOnValue(Cell cell, List<Constraint> involved) {
		var first = involved.get(0).valueFor(cell);
		return involved.stream().allMatch(constraint -> constraint.valueFor(cell).compareTo(first) == 0);
	}

	/** The identity's own result when the user wrote it, else the first written cell of it. */
	private static Cell preferredCell(Report report, Constraint constraint) {
		var result = report.cell(constraint.identity().result());
		if (result.isWritten() && constraint.involves(result.ref())) {
			return result;
		}
		return constraint.identity().terms().stream().map(term -> report.cell(term.cell()))
				.filter(cell -> cell.isWritten() && constraint.involves(cell.ref())).findFirst()
				.orElseGet(() -> constraint.form().keySet().stream().map(report::cell).filter(Cell::isWritten).findFirst()
						.orElse(result));
	}

	/** 第三项 总计 应为 12（= 一 5 + 二 7 − 四 0），实为 11. */
	private static Diagnostic blame(Report report, Culprit culprit) {
		var cell = culprit.cell();
		var involved = culprit.involved();
		var constraint = involved.stream().filter(c -> c.identity().result().equals(cell.ref())).findFirst()
				.orElseGet(() -> involved.stream().filter(c -> directTerm(c.identity(), cell.ref()) != null).findFirst()
						.orElse(involved.get(0)));
		var identity = constraint.identity();
		var code = IssueCodes.balance(identity.ruleId());
		if (!constraint.involves(cell.ref())) {
			return Diagnostic.error(code, identity.ruleId() + " 不平衡：" + CellNames.cell(report, identity.result()) + " 与其组成部分不符",
					cell.range());
		}
		var expected = constraint.valueFor(cell);
		var formula = directTerm(identity, cell.ref()) == null ? "" : "（= " + formula(report, identity, cell.ref()) + "）";
		return Diagnostic.error(code, CellNames.cell(report, cell.ref()) + " 应为 " + CellNames.number(expected) + formula + "，实为 "
				+ CellNames.number(cell.value()) + (culprit.unsure() ? "（也可能是同一等式中其他单元格有误）" : ""), cell.range())
				.withFix(CellNames.number(expected));
	}

	private static Identity.Term directTerm(Identity identity, CellRef cell) {
		return identity.terms().stream().filter(term -> term.cell().equals(cell)).findFirst().orElse(null);
	}

	/** The identity solved for one of its cells, each other term named and valued, added terms first. */
	static String formula(Report report, Identity identity, CellRef solvedFor) {
		return IdentityEvaluator.written(IdentityEvaluator.solvedFor(identity, solvedFor),
				cell -> CellNames.term(report, identity.scope(), cell) + " " + CellNames.number(report.cell(cell).value()));
	}

	/** @param unsure whether other cells would explain the same broken identities as well */
	private record Culprit(Cell cell, List<Constraint> involved, boolean unsure) {
		/** Whether the cell is the designated result (the total) of one of the identities it explains. */
		boolean isDesignated() {
			return involved.stream().anyMatch(constraint -> constraint.identity().result().equals(cell.ref()));
		}
	}
}
