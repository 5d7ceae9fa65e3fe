package org.govreport.dsl.template;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The normalised ways of writing every section, table, row and column of one template description,
 * worked out once when the description is made: matching compares each written label with every form
 * of every candidate, so normalising the forms afresh for each line was most of the cost of reading a
 * table.
 */
public final class LabelForms {
	/** By element identity: equal rows of two tables (规章 in 一 and in another version) are looked up as themselves. */
	private final Map<Object, List<String>> forms = new IdentityHashMap<>();
	/** By the identity of the list of candidates (the sections, a section's tables, a table's rows or columns). */
	private final Map<List<?>, FormIndex<?>> indexes = new IdentityHashMap<>();

	LabelForms(List<SectionSpec> sections) {
		for (SectionSpec section : sections) {
			forms.put(section, LabelMatcher.normalisedForms(LabelMatcher.sectionForms(section)));
			for (TableSpec table : section.tables()) {
				forms.put(table, LabelMatcher.normalisedForms(LabelMatcher.tableForms(table)));
				table.rows().forEach(row -> forms.put(row, LabelMatcher.normalisedForms(LabelMatcher.rowForms(row))));
				table.columns().forEach(column -> forms.put(column, LabelMatcher.normalisedForms(LabelMatcher.columnForms(column))));
				indexes.put(table.rows(), new FormIndex<>(table.rows(), this::of));
				indexes.put(table.columns(), new FormIndex<>(table.columns(), this::of));
			}
			indexes.put(section.tables(), new FormIndex<>(section.tables(), this::of));
		}
		indexes.put(sections, new FormIndex<>(sections, this::of));
	}

	/** A list of candidates with its forms indexed: the description's own lists are, any other list is indexed on the spot. */
	@SuppressWarnings("unchecked")
	<T> FormIndex<T> index(List<T> candidates, Function<T, List<String>> normalisedForms) {
		var known = (FormIndex<T>) indexes.get(candidates);
		return known != null ? known : new FormIndex<>(candidates, normalisedForms);
	}

	/** The normalised forms of a section; one of another description is normalised on the spot. */
	public List<String> of(SectionSpec section) {
		return known(section, LabelMatcher::sectionForms);
	}

	public List<String> of(TableSpec table) {
		return known(table, LabelMatcher::tableForms);
	}

	public List<String> of(RowSpec row) {
		return known(row, LabelMatcher::rowForms);
	}

	public List<String> of(ColumnSpec column) {
		return known(column, LabelMatcher::columnForms);
	}

	private <T> List<String> known(T element, Function<T, List<String>> written) {
		var normalised = forms.get(element);
		return normalised != null ? normalised : LabelMatcher.normalisedForms(written.apply(element));
	}

	@Override
	public String toString() {
		return "LabelForms[" + forms.size() + " elements]";
	}
}
