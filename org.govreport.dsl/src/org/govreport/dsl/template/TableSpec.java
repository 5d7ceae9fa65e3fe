package org.govreport.dsl.template;

import java.util.List;
import java.util.Optional;

/**
 * One table of the template.
 *
 * @param title the printed title (第二十条第（一）项), or null for the single table of a section
 * @param cornerLabel the printed top-left header cell (信息内容, 申请人情况)
 * @param printLayout how to print it when the official form is not rows × columns, or null
 */
public record TableSpec(String key, String title, String cornerLabel, List<ColumnSpec> columns, List<RowSpec> rows,
		PrintLayout printLayout) {

	public Optional<RowSpec> row(String rowKey) {
		return rows.stream().filter(row -> row.key().equals(rowKey)).findFirst();
	}

	public Optional<ColumnSpec> column(String columnKey) {
		return columns.stream().filter(column -> column.key().equals(columnKey)).findFirst();
	}

	/** The name under which messages mention the table. */
	public String displayName() {
		return title != null ? title : cornerLabel;
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
