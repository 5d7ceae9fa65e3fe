package org.govreport.dsl.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.govreport.dsl.model.Cell;
import org.govreport.dsl.model.CellOrigin;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.parsing.source.SourceRange;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.Identity;
import org.govreport.dsl.template.Scope;

/**
 * A figure typed in the wrong column of its row: the row's total still holds, while two column sums
 * break by +d and −d. No single cell explains that, and blaming either column's total would ask the
 * writer to spoil a correct figure; exchanging the two figures mends every identity at once.
 */
final class ColumnSwaps {

	/**
	 * @param explained the broken identities the exchange mends
	 * @param unsure whether the same two columns of another row would mend them as well
	 */
	record Swap(Cell first, Cell second, List<Constraint> explained, boolean unsure) {
		/** Both cells when they stand in order on one line, else the one holding a figure. */
		SourceRange range() {
			var from = first.range();
			var to = second.range();
			if (first.isWritten() && second.isWritten() && from.line() == to.line() && from.offset() < to.offset()) {
				return new SourceRange(from.offset(), to.offset() + to.length() - from.offset(), from.line(), from.column());
			}
			return first.value().signum() != 0 ? from : to;
		}
	}

	private ColumnSwaps() {
	}

	/** The exchange that mends the most broken identities, none of them explained already; the first on a tie. */
	static Optional<Swap> best(Report report, List<Constraint> all, List<Constraint> unexplained) {
		var swaps = new ArrayList<Swap>();
		for (Identity identity : report.template().identities()) {
			if (identity.scope() != Scope.PER_ROW || !report.table(identity.result().table()).isComplete()) {
				continue;
			}
			var terms = identity.terms().stream().map(Identity.Term::cell).toList();
			for (int i = 0; i < terms.size(); i++) {
				for (int j = i + 1; j < terms.size(); j++) {
					exchange(report.cell(terms.get(i)), report.cell(terms.get(j)), all, unexplained).ifPresent(swaps::add);
				}
			}
		}
		var order = Comparator.comparingInt((Swap swap) -> swap.explained().size());
		return swaps.stream().max(order).map(best -> swaps.stream().filter(other -> order.compare(other, best) == 0).count() > 1
				? new Swap(best.first(), best.second(), best.explained(), true) : best);
	}

	private static Optional<Swap> exchange(Cell first, Cell second, List<Constraint> all, List<Constraint> unexplained) {
		if (!movable(first) || !movable(second) || first.value().compareTo(second.value()) == 0) {
			return Optional.empty();
		}
		var change = second.value().subtract(first.value());
		var involved = all.stream().filter(constraint -> constraint.involves(first.ref()) || constraint.involves(second.ref())).toList();
		for (Constraint constraint : involved) {
			var after = constraint.residual().add(change.multiply(coefficient(constraint, first.ref())))
					.subtract(change.multiply(coefficient(constraint, second.ref())));
			if (after.signum() != 0) {
				return Optional.empty();
			}
		}
		var explained = involved.stream().filter(Constraint::isViolated).toList();
		return explained.isEmpty() || !unexplained.containsAll(explained) ? Optional.empty()
				: Optional.of(new Swap(first, second, explained, false));
	}

	/** Written by the user, or left blank where the figure belonged; never a computed total. */
	private static boolean movable(Cell cell) {
		return cell.isKnown() && (cell.origin() == CellOrigin.WRITTEN || cell.origin() == CellOrigin.OMITTED);
	}

	private static BigDecimal coefficient(Constraint constraint, CellRef cell) {
		return BigDecimal.valueOf(constraint.form().getOrDefault(cell, 0));
	}
}
