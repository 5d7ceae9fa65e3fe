package org.govreport.dsl.template;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.govreport.dsl.template.CrossYearRule.YearTerm;

/**
 * A template version as plain text: its sections, tables with their columns and rows (keys, labels,
 * aliases, totals) and its rules, one a line. A reviewer reads one file per version, and a test compares
 * it whole with a checked-in expectation, so every change to a description shows in a diff.
 */
public final class TemplateListing {
	private final List<String> lines = new ArrayList<>();

	private TemplateListing() {
	}

	public static String of(TemplateDescription template) {
		var listing = new TemplateListing();
		listing.header(template);
		template.sections().forEach(listing::section);
		listing.rules(template);
		return String.join("\n", listing.lines) + "\n";
	}

	private void header(TemplateDescription template) {
		lines.add("模板 " + template.id() + "：" + template.issuingDocument() + "，" + template.firstYear() + " 年起");
		lines.add("标题 〈机关〉〈年度〉年" + template.reportTitle(null, null));
		lines.add("部分 " + template.sectionsInWords() + "（" + template.sectionNumberRange() + "）");
	}

	private void section(SectionSpec section) {
		lines.add("");
		lines.add(section.officialHeading() + " [" + section.kind() + "]" + aliases(section.variants()));
		section.tables().forEach(this::table);
	}

	private void table(TableSpec table) {
		lines.add("  表 " + table.key() + "：" + (table.title() != null ? "标题 " + table.title() : "")
				+ (table.cornerLabel() != null ? (table.title() != null ? "，" : "") + "表头角 " + table.cornerLabel() : ""));
		for (ColumnSpec column : table.columns()) {
			lines.add("    列 " + column.key() + " " + column.label() + " [" + column.kind() + (column.unit() == null ? "" : " " + column.unit())
					+ (column.total() ? " 合计" : "") + "]" + aliases(column.aliases()));
		}
		for (RowSpec row : table.rows()) {
			lines.add("    行 " + row.key() + " " + String.join(" › ", concat(row.groups(), row.label())) + " [写作 " + row.writtenLabel()
					+ (row.total() ? "，合计" : "") + (row.needsRuleMakingPower() ? "，须有规章制定权" : "") + "]" + aliases(row.aliases()));
		}
	}

	private void rules(TemplateDescription template) {
		lines.add("");
		lines.add("规则");
		for (BalanceRule rule : template.balanceRules()) {
			lines.add("  " + rule.ruleId() + " " + rule.table() + " " + rule.scope() + "：" + rule.result() + " = "
					+ signed(rule.plus(), rule.minus()) + (rule.definesResult() ? "（留空时据此计算）" : ""));
		}
		for (CrossYearRule rule : template.crossYearRules()) {
			lines.add("  " + rule.ruleId() + " " + rule.table() + " " + rule.scope() + "：" + rule.result() + " = "
					+ rule.terms().stream().map(TemplateListing::yearTerm).collect(Collectors.joining(" ")).replaceFirst("^\\+ ", ""));
		}
		for (Inequality rule : template.inequalities()) {
			lines.add("  " + rule.ruleId() + " " + rule.table() + " " + rule.scope() + "：" + rule.lesser() + " ≤ " + rule.greater());
		}
		for (ProseFigure rule : template.proseFigures()) {
			lines.add("  " + rule.ruleId() + " 正文" + (rule.context() == null ? "" : "“" + rule.context() + "”之后") + "“"
					+ String.join("”或“", rule.phrases()) + "”后 " + rule.clauseWindow() + " 字内的 N " + rule.unit() + " = "
					+ rule.cells().stream().map(TemplateListing::cell).collect(Collectors.joining(" + ")));
		}
	}

	private static String yearTerm(YearTerm term) {
		return (term.sign() < 0 ? "− " : "+ ") + (term.previousYear() ? "上年 " : "本年 ") + term.name();
	}

	private static String signed(List<String> plus, List<String> minus) {
		var text = String.join(" + ", plus);
		for (String term : minus) {
			text += " − " + term;
		}
		return text;
	}

	private static String cell(CellRef ref) {
		return ref.table() + "/" + ref.row() + "/" + ref.column();
	}

	private static List<String> concat(List<String> groups, String label) {
		var all = new ArrayList<>(groups);
		all.add(label);
		return all;
	}

	private static String aliases(List<String> aliases) {
		return aliases.isEmpty() ? "" : " 又作 " + String.join("、", aliases);
	}
}
