package org.govreport.dsl.template;

import java.util.ArrayList;
import java.util.List;

/**
 * One data row of a table.
 *
 * @param groups the merged group labels printed to the left of the row, outermost first
 *        (三、本年度办理结果 › （三）不予公开); they also qualify the label when the user writes
 *        {@code （三）不予公开 1.属于国家秘密}
 * @param aliases short names; the first one names the row in messages
 * @param total whether the row is a total that may be left out and is then computed
 * @param needsRuleMakingPower whether only organs that can make 规章 should report non-zero figures
 */
public record RowSpec(String key, String label, List<String> groups, List<String> aliases, boolean total,
		boolean needsRuleMakingPower) {

	public static RowSpec of(String key, String label, String... aliases) {
		return new RowSpec(key, label, List.of(), List.of(aliases), false, false);
	}

	public static RowSpec grouped(String key, List<String> groups, String label, String... aliases) {
		return new RowSpec(key, label, groups, List.of(aliases), false, false);
	}

	/** The row also known by a misspelling seen in published reports, so that importing them finds it. */
	public RowSpec withAlias(String alias) {
		var all = new ArrayList<>(aliases);
		all.add(alias);
		return new RowSpec(key, label, groups, List.copyOf(all), total, needsRuleMakingPower);
	}

	public RowSpec asTotal() {
		return new RowSpec(key, label, groups, aliases, true, needsRuleMakingPower);
	}

	public RowSpec onlyWithRuleMakingPower() {
		return new RowSpec(key, label, groups, aliases, total, true);
	}

	/**
	 * The label with its item group when it is a numbered item (（三）不予公开 1.属于国家秘密): the bare
	 * item label repeats across groups.
	 */
	public String qualifiedLabel() {
		return groups.size() < 2 ? label : groups.get(groups.size() - 1) + " " + label;
	}

	/** The shortest name a reader recognises, used in messages. */
	public String shortName() {
		return aliases.isEmpty() ? label : aliases.get(0);
	}

	/**
	 * The label as a report writer types it: the row's own label after its innermost sub-group
	 * ({@code （三）不予公开 1.属于国家秘密}), the outermost group being implied by the table.
	 */
	public String writtenLabel() {
		return groups.size() > 1 ? groups.get(groups.size() - 1) + " " + label : label;
	}

	/**
	 * By key alone: maps and sets of the checks are keyed by template elements, and the record's own hash
	 * walks every label and list below it each time. Equal elements have equal keys, so this agrees with equals.
	 */
	@Override
	public int hashCode() {
		return java.util.Objects.hashCode(key);
	}
}
