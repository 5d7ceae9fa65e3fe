package org.govreport.dsl.template;

import java.util.List;

/** Along which lines a rule written once is repeated. */
public enum Scope {
	/** The rule names rows and holds in every column. */
	PER_COLUMN,
	/** The rule names columns and holds in every row. */
	PER_ROW;

	/** The cell where the line named by the rule meets the line the rule is repeated along. */
	public CellRef cell(String table, String named, String along) {
		return this == PER_COLUMN ? new CellRef(table, named, along) : new CellRef(table, along, named);
	}

	/** The lines the rule is repeated along. */
	public List<String> linesAlong(TableSpec table) {
		return this == PER_COLUMN ? table.columns().stream().map(ColumnSpec::key).toList()
				: table.rows().stream().map(RowSpec::key).toList();
	}
}
