package org.govreport.dsl.aggregate;

import java.util.regex.Pattern;

import org.govreport.dsl.model.Cell;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.TemplateDescription;

/**
 * How a comparison names a place in the form: 表 三 · 一、本年新收 · 自然人. Short enough to read in a
 * diff, yet unambiguous: a row keeps its official number (一、, （二）) in front of its short name.
 */
public final class CellNaming {
	private static final String SEPARATOR = " · ";
	private static final Pattern NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)");

	private CellNaming() {
	}

	/** 表 三, or 表 二 · 第二十条第（一）项 where the section holds several tables. */
	public static String table(TemplateDescription template, TableSpec table) {
		var section = template.sectionOf(table).orElseThrow();
		var name = "表 " + section.number();
		return section.tables().size() > 1 && table.title() != null ? name + SEPARATOR + table.title() : name;
	}

	public static String row(TemplateDescription template, TableSpec table, RowSpec row) {
		return table(template, table) + SEPARATOR + rowName(row);
	}

	public static String cell(TemplateDescription template, TableSpec table, RowSpec row, ColumnSpec column) {
		return row(template, table, row) + SEPARATOR + column.label();
	}

	public static String section(SectionSpec section) {
		return section.officialHeading();
	}

	/** A figure as comparisons print it: exact, without the trailing zeros of its written scale; ? when unknown. */
	public static String figure(Cell cell) {
		return cell.isKnown() ? cell.value().stripTrailingZeros().toPlainString() : "?";
	}

	/** The row's number and its first alias that the label contains (一、本年新收), else its written label. */
	static String rowName(RowSpec row) {
		var numbering = NUMBERING.matcher(row.label());
		var prefix = numbering.find() ? numbering.group() : "";
		return row.aliases().stream().filter(alias -> alias.length() > 1 && row.label().contains(alias)).findFirst()
				.map(alias -> alias.startsWith(prefix) ? alias : prefix + alias).orElse(row.writtenLabel());
	}
}
