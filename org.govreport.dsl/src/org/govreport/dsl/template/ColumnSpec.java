package org.govreport.dsl.template;

import java.util.List;

/**
 * One data column of a table. The key is stable across template versions where the meaning is the
 * same, so that cross-year rules can compare a report with last year's even if the labels changed.
 *
 * @param unit the document unit printed for the column (万元), or null for counts
 * @param total whether the column is a total that may be left out and is then computed
 */
public record ColumnSpec(String key, String label, List<String> aliases, ValueKind kind, String unit, boolean total) {

	/**
	 * The column header as printed in a document: the label, followed by the document unit when the
	 * label does not already name it (采购总金额 has no printed unit, but its figures are in 万元).
	 */
	public String printedLabel() {
		return unit == null || label.contains(unit) ? label : label + "（单位：" + unit + "）";
	}

	public static ColumnSpec count(String key, String label, String... aliases) {
		return new ColumnSpec(key, label, List.of(aliases), ValueKind.COUNT, null, false);
	}

	public static ColumnSpec total(String key, String label, String... aliases) {
		return new ColumnSpec(key, label, List.of(aliases), ValueKind.COUNT, null, true);
	}

	public static ColumnSpec delta(String key, String label, String... aliases) {
		return new ColumnSpec(key, label, List.of(aliases), ValueKind.SIGNED_DELTA, null, false);
	}

	public static ColumnSpec amount(String key, String label, String unit, String... aliases) {
		return new ColumnSpec(key, label, List.of(aliases), ValueKind.AMOUNT, unit, false);
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
