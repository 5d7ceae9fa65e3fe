package org.govreport.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.CrossYearRule;
import org.govreport.dsl.template.CrossYearRule.YearTerm;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.Scope;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.TemplateDescription;

/**
 * The cross-year rules (R7–R9) a cell takes part in, in words: last year's figures live in another file,
 * so the hover says what is compared with what rather than working it out.
 */
public final class CrossYearLines {
	private CrossYearLines() {
	}

	static List<String> of(TemplateDescription template, CellRef cell) {
		var lines = new ArrayList<String>();
		var table = template.table(cell.table());
		if (table.isEmpty()) {
			return lines;
		}
		for (CrossYearRule rule : template.crossYearRules()) {
			if (rule.table().equals(cell.table()) && involves(rule, cell)) {
				lines.add(rule.ruleId() + "：" + name(table.get(), rule.scope(), rule.result()) + " = " + terms(table.get(), rule)
						+ "（跨年度，与上一年的报告核对）");
			}
		}
		return lines;
	}

	/**
	 * Whether the cell takes part in the rule. A rule naming columns holds along every row, so the cell's
	 * column decides; naming rows, its row.
	 */
	public static boolean involves(CrossYearRule rule, CellRef cell) {
		var name = rule.scope() == Scope.PER_ROW ? cell.column() : cell.row();
		return rule.result().equals(name)
				|| rule.terms().stream().anyMatch(term -> !term.previousYear() && term.name().equals(name));
	}

	private static String terms(TableSpec table, CrossYearRule rule) {
		var written = new StringBuilder();
		for (YearTerm term : rule.terms()) {
			if (written.length() > 0 || term.sign() < 0) {
				written.append(term.sign() < 0 ? " − " : " + ");
			}
			written.append(term.previousYear() ? "上一年的 " : "").append(name(table, rule.scope(), term.name()));
		}
		return written.toString();
	}

	private static String name(TableSpec table, Scope scope, String key) {
		return scope == Scope.PER_ROW ? table.column(key).map(ColumnSpec::label).orElse(key)
				: table.row(key).map(RowSpec::shortName).orElse(key);
	}
}
