package org.govreport.dsl.model;

import java.math.BigDecimal;

import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.Scope;
import org.govreport.dsl.template.TableSpec;

/** How messages name cells and numbers, the way the official reading the printed table would. */
public final class CellNames {
	private CellNames() {
	}

	/** 一 自然人, 行政复议 总计: row then column, in their short names. */
	public static String cell(Report report, CellRef ref) {
		var table = report.template().table(ref.table()).orElseThrow();
		return row(table, ref) + " " + column(table, ref);
	}

	/** Within an identity only one dimension varies, so a term is named by that one alone. */
	public static String term(Report report, Scope scope, CellRef ref) {
		var table = report.template().table(ref.table()).orElseThrow();
		return scope == Scope.PER_COLUMN ? row(table, ref) : column(table, ref);
	}

	public static String number(BigDecimal value) {
		return value == null ? "?" : value.stripTrailingZeros().toPlainString();
	}

	private static String row(TableSpec table, CellRef ref) {
		return table.row(ref.row()).map(RowSpec::shortName).orElse(ref.row());
	}

	private static String column(TableSpec table, CellRef ref) {
		return table.column(ref.column()).map(ColumnSpec::label).orElse(ref.column());
	}
}
