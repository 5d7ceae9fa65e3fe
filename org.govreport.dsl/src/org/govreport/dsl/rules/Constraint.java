package org.govreport.dsl.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.govreport.dsl.model.Cell;
import org.govreport.dsl.model.CellOrigin;
import org.govreport.dsl.model.IdentityEvaluator;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.Identity;

/**
 * An identity as a check on what the user wrote: computed totals are replaced by their definitions,
 * so the form only holds cells the user wrote or left out, and a wrong cell is visible in every
 * identity it feeds, directly or through a computed total.
 *
 * @param form coefficient of each cell in Σ coefficient × value = 0
 * @param residual Σ coefficient × value; zero when the identity holds
 */
record Constraint(Identity identity, Map<CellRef, Integer> form, BigDecimal residual) {

	/** Empty when the identity only defines a left-out total, or involves a cell whose value is unknown. */
	static Optional<Constraint> of(Identity identity, Map<CellRef, Identity> definitions, Report report) {
		var result = report.cell(identity.result());
		if (result.origin() == CellOrigin.COMPUTED && definitions.get(identity.result()) == identity) {
			return Optional.empty();
		}
		var form = new LinkedHashMap<CellRef, Integer>();
		var pending = new ArrayDeque<Identity.Term>(identity.terms());
		while (!pending.isEmpty()) {
			var term = pending.poll();
			var cell = report.cell(term.cell());
			if (cell.origin() == CellOrigin.COMPUTED) {
				substitute(term, definitions.get(term.cell()), pending);
			} else {
				form.merge(term.cell(), term.coefficient(), Integer::sum);
			}
		}
		form.values().removeIf(coefficient -> coefficient == 0);
		var terms = form.entrySet().stream().map(entry -> new IdentityEvaluator.Signed(entry.getKey(), entry.getValue())).toList();
		return Optional.ofNullable(IdentityEvaluator.sum(terms, cell -> report.cell(cell).value()))
				.map(residual -> new Constraint(identity, form, residual));
	}

	/** The total replaced by its definition solved for it, scaled by the total's coefficient. */
	private static void substitute(Identity.Term total, Identity definition, ArrayDeque<Identity.Term> pending) {
		for (var term : IdentityEvaluator.solvedFor(definition, total.cell())) {
			pending.add(new Identity.Term(term.cell(), term.factor() * total.coefficient()));
		}
	}

	boolean isViolated() {
		return residual.signum() != 0;
	}

	boolean involves(CellRef cell) {
		return form.containsKey(cell);
	}

	/** The value the cell must have for this identity to hold, the other cells unchanged. */
	BigDecimal valueFor(Cell cell) {
		var change = residual.negate().divide(BigDecimal.valueOf(form.get(cell.ref())), MathContext.DECIMAL64);
		return cell.value().add(change).stripTrailingZeros();
	}
}
