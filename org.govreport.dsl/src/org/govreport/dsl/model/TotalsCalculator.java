package org.govreport.dsl.model;

import java.math.BigDecimal;
import java.util.Map;

import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.Identity;
import org.govreport.dsl.template.TemplateDescription;

/** Computes the totals a report left out, each from its defining identity, so the document can print them. */
final class TotalsCalculator {
	private final Map<CellRef, Identity> definitions;
	private final Map<CellRef, Cell> cells;

	private TotalsCalculator(TemplateDescription template, Map<CellRef, Cell> cells) {
		this.definitions = template.definitions();
		this.cells = cells;
	}

	static void computeTotals(TemplateDescription template, Map<CellRef, Cell> cells) {
		var calculator = new TotalsCalculator(template, cells);
		calculator.definitions.keySet().forEach(calculator::value);
	}

	private BigDecimal value(CellRef ref) {
		var cell = cells.get(ref);
		var definition = definitions.get(ref);
		if (cell.origin() != CellOrigin.OMITTED || definition == null) {
			return cell.value();
		}
		var sum = IdentityEvaluator.sum(IdentityEvaluator.solvedFor(definition, ref), this::value);
		cells.put(ref, new Cell(ref, sum, CellOrigin.COMPUTED, cell.range()));
		return sum;
	}
}
