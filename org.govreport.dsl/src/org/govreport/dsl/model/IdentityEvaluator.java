package org.govreport.dsl.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.Identity;

/**
 * The arithmetic of an identity, written once: solved for one of its cells, summed with a report's
 * figures, and written out. Computed totals, the balance checks and the worked sums of hovers and
 * completion all go through it, so they cannot disagree about a sum.
 */
public final class IdentityEvaluator {

	/** A cell of a sum and the factor it enters with (+1 added, −1 subtracted; more after substitution). */
	public record Signed(CellRef cell, int factor) {
	}

	private IdentityEvaluator() {
	}

	/**
	 * The identity solved for one of its cells (which has coefficient ±1): the other cells with the sign
	 * each takes, added ones first, each group in the identity's order.
	 */
	public static List<Signed> solvedFor(Identity identity, CellRef cell) {
		int coefficient = identity.terms().stream().filter(term -> term.cell().equals(cell)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(cell + " is not in " + identity)).coefficient();
		var terms = new ArrayList<Signed>();
		for (Identity.Term term : identity.terms()) {
			if (!term.cell().equals(cell)) {
				terms.add(new Signed(term.cell(), -term.coefficient() * coefficient));
			}
		}
		terms.sort(Comparator.comparingInt((Signed term) -> term.factor() > 0 ? 0 : 1));
		return terms;
	}

	/** Σ factor × value; null when a value is unknown (a word where a number belongs). */
	public static BigDecimal sum(List<Signed> terms, Function<CellRef, BigDecimal> values) {
		var sum = BigDecimal.ZERO;
		for (Signed term : terms) {
			var value = values.apply(term.cell());
			if (value == null) {
				return null;
			}
			sum = sum.add(value.multiply(BigDecimal.valueOf(term.factor())));
		}
		return sum;
	}

	/** The value a cell takes from an identity and the report's other figures; null when one is unknown. */
	public static BigDecimal valueOf(Identity identity, CellRef cell, Report report) {
		return sum(solvedFor(identity, cell), ref -> report.cell(ref) == null ? null : report.cell(ref).value());
	}

	/** {@code a + b − c}: each term as the caller names it, with the sign it enters with. */
	public static String written(List<Signed> terms, Function<CellRef, String> text) {
		var written = new StringBuilder();
		for (Signed term : terms) {
			boolean first = written.length() == 0;
			written.append(term.factor() < 0 ? (first ? "− " : " − ") : (first ? "" : " + ")).append(text.apply(term.cell()));
		}
		return written.toString();
	}
}
