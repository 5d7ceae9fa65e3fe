package org.govreport.dsl.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The candidates of one list of template elements by each of their normalised forms: a label written
 * whole, as most are, is then found by two look-ups instead of a comparison with every form of every
 * candidate.
 */
final class FormIndex<T> {
	private final List<T> candidates;
	private final Function<T, List<String>> normalisedForms;
	/** For each form, the positions in the list of the candidates that have it, ascending. */
	private final Map<String, List<Integer>> positions = new HashMap<>();

	FormIndex(List<T> candidates, Function<T, List<String>> normalisedForms) {
		this.candidates = candidates;
		this.normalisedForms = normalisedForms;
		for (int i = 0; i < candidates.size(); i++) {
			for (String form : normalisedForms.apply(candidates.get(i))) {
				var having = positions.computeIfAbsent(form, key -> new ArrayList<>());
				if (having.isEmpty() || having.get(having.size() - 1) != i) {
					having.add(i);
				}
			}
		}
	}

	List<T> candidates() {
		return candidates;
	}

	Function<T, List<String>> normalisedForms() {
		return normalisedForms;
	}

	/** The candidates that have either text as one of their forms, in list order. */
	List<T> having(String text, String bare) {
		var whole = positions.getOrDefault(text, List.of());
		var withoutNumbering = positions.getOrDefault(bare, List.of());
		if (withoutNumbering.isEmpty() || whole.equals(withoutNumbering)) {
			return whole.stream().map(candidates::get).toList();
		}
		if (whole.isEmpty()) {
			return withoutNumbering.stream().map(candidates::get).toList();
		}
		var both = new TreeSet<Integer>(whole);
		both.addAll(withoutNumbering);
		return both.stream().map(candidates::get).toList();
	}
}
