package org.govreport.dsl.ide.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.govreport.dsl.model.IdentityEvaluator;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.CellNames;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.Identity;

/**
 * One identity of the template worked out with a report's figures: {@code 总计 = 自然人 + 商业企业} and
 * {@code 5 + 7 = 12}. The value is null when a term is unknown (a word where a number belongs).
 */
public record WorkedSum(Identity identity, String names, String figures, BigDecimal value) {

	public static WorkedSum of(Report report, Identity identity) {
		var terms = IdentityEvaluator.solvedFor(identity, identity.result());
		var value = IdentityEvaluator.valueOf(identity, identity.result(), report);
		var names = CellNames.term(report, identity.scope(), identity.result()) + " = "
				+ IdentityEvaluator.written(terms, cell -> CellNames.term(report, identity.scope(), cell));
		var figures = IdentityEvaluator.written(terms, cell -> CellNames.number(report.cell(cell) == null ? null : report.cell(cell).value()))
				+ " = " + CellNames.number(value);
		return new WorkedSum(identity, names, figures, value);
	}

	/** The identity that computes a total cell when it is left out, worked out. */
	public static Optional<WorkedSum> definitionOf(Report report, CellRef cell) {
		return Optional.ofNullable(report.template().definitions().get(cell)).map(identity -> of(report, identity));
	}

	/** Every identity the cell takes part in, as result or as a term. */
	public static List<WorkedSum> involving(Report report, CellRef cell) {
		return report.template().identities().stream()
				.filter(identity -> identity.result().equals(cell) || identity.plus().contains(cell)
						|| identity.minus().contains(cell))
				.map(identity -> of(report, identity)).toList();
	}
}
