package org.govreport.dsl.template;

import java.util.List;

/**
 * A balancing rule as the template states it, once: result = Σ plus − Σ minus, where the names are
 * rows (repeated in every column) or columns (repeated in every row).
 */
public record BalanceRule(String ruleId, String table, Scope scope, String result, List<String> plus,
		List<String> minus, boolean definesResult) {

	public List<Identity> instances(TableSpec spec) {
		return scope.linesAlong(spec).stream().map(along -> new Identity(ruleId, scope,
				scope.cell(table, result, along), cells(plus, along), cells(minus, along), definesResult)).toList();
	}

	private List<CellRef> cells(List<String> names, String along) {
		return names.stream().map(name -> scope.cell(table, name, along)).toList();
	}
}
