package org.govreport.dsl.template;

import java.util.List;

/**
 * One concrete linear identity of a table: result = Σ plus − Σ minus.
 *
 * @param scope tells which dimension varies between the terms, so messages can name terms briefly
 * @param definesResult whether the result is computed from this identity when the user leaves it out
 */
public record Identity(String ruleId, Scope scope, CellRef result, List<CellRef> plus, List<CellRef> minus,
		boolean definesResult) {

	/** Every cell of the identity with its coefficient in the form result − Σ plus + Σ minus = 0. */
	public List<Term> terms() {
		var terms = new java.util.ArrayList<Term>();
		terms.add(new Term(result, 1));
		plus.forEach(cell -> terms.add(new Term(cell, -1)));
		minus.forEach(cell -> terms.add(new Term(cell, 1)));
		return terms;
	}

	public record Term(CellRef cell, int coefficient) {
	}
}
