package org.govreport.dsl.template;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Resolves what a user wrote to one of several template elements. The user may write an exact form
 * (official label, label without numbering, group-qualified label, alias) or any unambiguous piece of
 * one; exact forms win over pieces so that 其他 is not ambiguous just because 其他结果 exists.
 */
public final class LabelMatcher {
	private LabelMatcher() {
	}

	/**
	 * @param forms the ways of writing a candidate; all are normalised here, with and without numbering
	 */
	public static <T> Match<T> match(String written, List<T> candidates, Function<T, List<String>> forms) {
		return match(written, candidates, forms, true);
	}

	/** @param acceptPieces whether a piece of a form is enough when no form matches whole */
	public static <T> Match<T> match(String written, List<T> candidates, Function<T, List<String>> forms,
			boolean acceptPieces) {
		return matchNormalised(written, candidates, candidate -> normalisedForms(forms.apply(candidate)), acceptPieces);
	}

	/**
	 * @param normalisedForms the ways of writing a candidate, already normalised with and without numbering
	 *        (as {@link LabelForms} keeps them)
	 */
	public static <T> Match<T> matchNormalised(String written, List<T> candidates, Function<T, List<String>> normalisedForms,
			boolean acceptPieces) {
		return match(written, candidates, null, normalisedForms, acceptPieces);
	}

	static <T> Match<T> matchIndexed(String written, FormIndex<T> index, boolean acceptPieces) {
		return match(written, index.candidates(), index, index.normalisedForms(), acceptPieces);
	}

	private static <T> Match<T> match(String written, List<T> candidates, FormIndex<T> index,
			Function<T, List<String>> normalisedForms, boolean acceptPieces) {
		var text = LabelNormaliser.normalise(written);
		var bare = LabelNormaliser.withoutNumbering(written);
		if (text.isEmpty()) {
			return new Match.NotFound<>();
		}
		Collection<T> exact = index != null ? index.having(text, bare) : exact(candidates, normalisedForms, text, bare);
		if (!exact.isEmpty() || !acceptPieces || bare.isEmpty()) {
			return decide(exact);
		}
		// no form is the written label whole, so a candidate one of whose forms holds it is found by that piece
		var partial = new LinkedHashSet<T>();
		for (T candidate : candidates) {
			for (String form : normalisedForms.apply(candidate)) {
				if (form.contains(bare)) {
					partial.add(candidate);
				}
			}
		}
		return decide(partial);
	}

	private static <T> Collection<T> exact(List<T> candidates, Function<T, List<String>> normalisedForms, String text,
			String bare) {
		var exact = new LinkedHashSet<T>();
		for (T candidate : candidates) {
			for (String form : normalisedForms.apply(candidate)) {
				if (form.equals(text) || form.equals(bare)) {
					exact.add(candidate);
				}
			}
		}
		return exact;
	}

	/** Each form normalised whole and without its numbering, in that order. */
	static List<String> normalisedForms(List<String> forms) {
		var all = new ArrayList<String>();
		for (String form : forms) {
			all.add(LabelNormaliser.normalise(form));
			all.add(LabelNormaliser.withoutNumbering(form));
		}
		return List.copyOf(all);
	}

	private static <T> Match<T> decide(Collection<T> found) {
		if (found.isEmpty()) {
			return new Match.NotFound<>();
		}
		if (found.size() == 1) {
			return new Match.Found<>(found.iterator().next());
		}
		return new Match.Ambiguous<>(List.copyOf(found));
	}

	/** Every way of writing a row: label, alias, and the label qualified by each tail of its groups. */
	public static List<String> rowForms(RowSpec row) {
		var forms = new ArrayList<String>();
		forms.add(row.label());
		forms.addAll(row.aliases());
		var qualified = row.label();
		for (int i = row.groups().size() - 1; i >= 0; i--) {
			qualified = row.groups().get(i) + qualified;
			forms.add(qualified);
			forms.add(LabelNormaliser.withoutNumbering(row.groups().get(i)) + row.label());
		}
		return forms;
	}

	public static List<String> columnForms(ColumnSpec column) {
		var forms = new ArrayList<String>();
		forms.add(column.label());
		forms.addAll(column.aliases());
		// what the documents print (采购总金额（单位：万元）), so that a rendered report reads back
		if (!column.printedLabel().equals(column.label())) {
			forms.add(column.printedLabel());
		}
		return forms;
	}

	public static List<String> sectionForms(SectionSpec section) {
		var forms = new ArrayList<String>();
		forms.add(section.officialHeading());
		forms.addAll(section.variants());
		return forms;
	}

	public static List<String> tableForms(TableSpec table) {
		return table.title() == null ? List.of() : List.of(table.title());
	}
}
