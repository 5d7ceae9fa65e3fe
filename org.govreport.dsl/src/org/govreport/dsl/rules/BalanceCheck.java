package org.govreport.dsl.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.model.CellNames;
import org.govreport.dsl.model.Cell;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.template.CellRef;

/**
 * R1–R4, generic over the identities of the template. One wrong cell usually breaks several identities
 * (a row sum and a column balance); reporting each would bury the mistake, so the check looks for the
 * written cell that alone explains them: it takes part in every identity it could fix, all of them are
 * broken, and one value mends them all. Two figures exchanged within a row ({@link ColumnSwaps}) and a
 * row short of a cell are recognised too. Only identities nobody explains are reported one by one, and
 * those carry no fix: the cell they point at may well be right.
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
		ShortRows.blame(report, unexplained, diagnostics);
		while (!unexplained.isEmpty()) {
			var culprit = bestCulprit(report, constraints, unexplained);
			var swap = ColumnSwaps.best(report, constraints, unexplained);
			if (swap.isPresent() && swap.get().explained().size() > culprit.map(found -> found.involved().size()).orElse(0)) {
				var found = swap.get();
				var code = IssueCodes.balance(found.explained().get(0).identity().ruleId());
				diagnostics.add(Diagnostic.error(code, BalanceMessages.swapped(report, found.first(), found.second(), found.unsure()), found.range()));
				blamed.addAll(List.of(found.first().ref(), found.second().ref()));
				unexplained.removeAll(found.explained());
				continue;
			}
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
				diagnostics.add(blame(report, new Culprit(cell, List.of(constraint), true)));
			}
		}
		return diagnostics;
	}

	/**
	 * The written cell that alone mends the most broken identities, never by becoming negative. A total
	 * written by the user is preferred to its terms (a row of table 四); when cells that are no total tie
	 * (a column with its total left out), the finding says it is not sure and offers no fix.
	 */
	private static Optional<Culprit> bestCulprit(Report report, List<Constraint> all, List<Constraint> unexplained) {
		var candidates = new LinkedHashSet<CellRef>();
		unexplained.forEach(constraint -> candidates.addAll(constraint.form().keySet()));
		var culprits = new ArrayList<Culprit>();
		for (CellRef ref : candidates) {
			var cell = report.cell(ref);
			var involved = all.stream().filter(constraint -> constraint.involves(ref)).toList();
			if (cell.isWritten() && unexplained.containsAll(involved) && agreeOnValue(cell, involved)
					&& involved.get(0).valueFor(cell).signum() >= 0) {
				culprits.add(new Culprit(cell, involved, false));
			}
		}
		var order = Comparator.comparingInt((Culprit culprit) -> culprit.involved().size()).thenComparing(Culprit::isDesignated);
		var best = culprits.stream().max(order);
		// a tie matters only between cells that explain the same identities: two rows of table 四 with wrong
		// totals are two independent mistakes, each with its own sure fix
		return best.map(chosen -> culprits.stream().filter(other -> order.compare(other, chosen) == 0
				&& other.involved().stream().anyMatch(chosen.involved()::contains)).count() > 1
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

	/**
	 * 第三项 总计 应为 12（= 一 5 + 二 7），实为 11，少 1. The fix is offered only for the one cell that
	 * explains every broken identity it is in, and never as a negative count: a figure another cell
	 * could explain as well may be the correct one.
	 */
	private static Diagnostic blame(Report report, Culprit culprit) {
		var cell = culprit.cell();
		var involved = culprit.involved();
		var constraint = involved.stream().filter(c -> c.identity().result().equals(cell.ref())).findFirst()
				.orElseGet(() -> involved.stream().filter(c -> c.identity().terms().stream().anyMatch(term -> term.cell().equals(cell.ref())))
						.findFirst().orElse(involved.get(0)));
		var identity = constraint.identity();
		var code = IssueCodes.balance(identity.ruleId());
		if (!constraint.involves(cell.ref())) {
			return Diagnostic.error(code, identity.ruleId() + " 不平衡：" + CellNames.cell(report, identity.result()) + " 与其组成部分不符",
					cell.range());
		}
		var expected = constraint.valueFor(cell);
		var diagnostic = Diagnostic.error(code, BalanceMessages.shouldBe(report, identity, cell, expected, culprit.unsure()), cell.range());
		return culprit.unsure() || expected.signum() < 0 ? diagnostic : diagnostic.withFix(CellNames.number(expected));
	}

	/** @param unsure whether other cells would explain the same broken identities as well */
	private record Culprit(Cell cell, List<Constraint> involved, boolean unsure) {
		/** Whether the cell is the designated result (the total) of one of the identities it explains. */
		boolean isDesignated() {
			return involved.stream().anyMatch(constraint -> constraint.identity().result().equals(cell.ref()));
		}
	}

	/** Rows short of a cell: each broken identity through one of them is blamed on that row, once. */
	private static final class ShortRows {
		static void blame(Report report, List<Constraint> unexplained, List<Diagnostic> diagnostics) {
			Set<String> reported = new HashSet<>();
			for (Constraint constraint : List.copyOf(unexplained)) {
				for (CellRef cell : constraint.form().keySet()) {
					var place = report.table(cell.table()).shortRows().get(cell.row());
					if (place != null) {
						unexplained.remove(constraint);
						if (reported.add(cell.table() + "/" + cell.row())) {
							diagnostics.add(Diagnostic.error(IssueCodes.balance(constraint.identity().ruleId()),
									BalanceMessages.slid(constraint.identity().ruleId()), place));
						}
						break;
					}
				}
			}
		}
	}
}
