package org.govreport.dsl.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What follows from a description's data and is looked up for every line or cell of every report: the
 * normalised label forms, the tables by key, and the identities of the balance rules with the one that
 * defines each total. Made once, with the description; derived from its other components alone, so it
 * adds nothing to the description's equality.
 */
public final class DescriptionIndex {
	private final LabelForms labelForms;
	private final List<TableSpec> tables;
	private final Map<String, TableSpec> tablesByKey = new HashMap<>();
	private final List<Identity> identities;
	private final Map<CellRef, Identity> definitions;

	DescriptionIndex(List<SectionSpec> sections, List<BalanceRule> balanceRules) {
		labelForms = new LabelForms(sections);
		tables = sections.stream().flatMap(section -> section.tables().stream()).toList();
		tables.forEach(table -> tablesByKey.putIfAbsent(table.key(), table));
		var all = new ArrayList<Identity>();
		for (BalanceRule rule : balanceRules) {
			var table = tablesByKey.get(rule.table());
			if (table != null) {
				all.addAll(rule.instances(table));
			}
		}
		identities = List.copyOf(all);
		// the first identity in rule order that has a total as its result defines it: one definition each, no cycle
		var defining = new LinkedHashMap<CellRef, Identity>();
		for (Identity identity : identities) {
			if (identity.definesResult()) {
				defining.putIfAbsent(identity.result(), identity);
			}
		}
		definitions = Collections.unmodifiableMap(defining);
	}

	LabelForms labelForms() {
		return labelForms;
	}

	List<TableSpec> tables() {
		return tables;
	}

	TableSpec table(String key) {
		return tablesByKey.get(key);
	}

	List<Identity> identities() {
		return identities;
	}

	Map<CellRef, Identity> definitions() {
		return definitions;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DescriptionIndex;
	}

	@Override
	public int hashCode() {
		return 0;
	}

	@Override
	public String toString() {
		return "DescriptionIndex[" + tables.size() + " tables, " + identities.size() + " identities]";
	}
}
