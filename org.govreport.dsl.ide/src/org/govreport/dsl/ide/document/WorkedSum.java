package org.govreport.dsl.ide.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govreport.dsl.model.Report;
import org.govreport.dsl.rules.CellNames;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.Identity;

/**
 * One identity of the template worked out with a report's figures: {@code 总计 = 自然人 + 商业企业} and
 * {@code 5 + 7 = 12}. The value is null when a term is unknown (a word where a number belongs).
 */
public record WorkedSum(Identity identity, String names, String figures, BigDecimal value) {

	public static WorkedSum of(Report report, Identity identity) {
		var names = new StringBuilder(CellNames.term(report, identity.scope(), identity.result())).append(" = ");
		var figures = new StringBuilder();
		BigDecimal value = BigDecimal.ZERO;
		var terms = new ArrayList<Signed>();
		identity.plus().forEach(cell -> terms.add(new Signed(cell, 1)));
		identity.minus().forEach(cell -> terms.add(new Signed(cell, -1)));
		for (int i = 0; i < terms.size(); i++) {
			var term = terms.get(i);
			String sign = term.sign() < 0 ? (i == 0 ? "− " : " − ") : (i == 0 ? "" : " + ");
			var figure = report.cell(term.cell()) == null ? null : report.cell(term.cell()).value();
			names.append(sign).append(CellNames.term(report, identity.scope(), term.cell()));
			figures.append(sign).append(CellNames.number(figure));
			value = value == null || figure == null ? null
					: term.sign() < 0 ? value.subtract(figure) : value.add(figure);
		}
		figures.append(" = ").append(CellNames.number(value));
		return new WorkedSum(identity, names.toString(), figures.toString(), value);
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

	private record Signed(CellRef cell, int sign) {
	}
}
