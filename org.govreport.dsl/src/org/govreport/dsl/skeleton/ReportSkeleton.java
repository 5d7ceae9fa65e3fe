package org.govreport.dsl.skeleton;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.govreport.dsl.format.ReportFormatter;
import org.govreport.dsl.model.HeaderFields;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.OrganLevel;
import org.govreport.dsl.template.ProseHints;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.SectionKind;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.TemplateDescription;

/**
 * A new report to fill in: the header, an empty preamble, every section of the template version with an
 * empty prose block under a comment saying what goes in it, or its tables with every row and column at 0
 * (totals blank, so computed). It validates clean, so the first error a writer sees is
 * one they made. Everything written comes from the template description.
 */
public final class ReportSkeleton {
	private static final String ZERO = "0";
	private static final String TOTAL_ROW_NOTE = " # 合计行：留空自动计算，填写则核对";

	private final ReportFormatter formatter = new ReportFormatter();

	public String skeleton(String organ, int year, TemplateDescription template, OrganLevel level) {
		List<String> lines = new ArrayList<>();
		lines.add(ReportText.comment(organ + " " + year + " 年度报告，格式依据 " + template.issuingDocument()));
		lines.add(ReportText.field(HeaderFields.ORGAN, organ));
		lines.add(ReportText.field(HeaderFields.YEAR, year));
		lines.add(ReportText.field(HeaderFields.TEMPLATE, template.id()));
		if (level != null) {
			lines.add(ReportText.field(HeaderFields.LEVEL, level.name()));
		}
		lines.add("");
		lines.add(ReportText.comment(ProseHints.PREAMBLE));
		lines.addAll(ReportText.prose(List.of()));
		for (SectionSpec section : template.sections()) {
			lines.add("");
			lines.addAll(section(section));
		}
		return formatter.format(String.join("\n", lines));
	}

	/** One section: its official heading, then its hint and an empty prose block, or its tables. */
	public List<String> section(SectionSpec section) {
		List<String> lines = new ArrayList<>();
		lines.add(section.officialHeading());
		if (section.kind() == SectionKind.PROSE) {
			ProseHints.of(section).map(ReportText::comment).ifPresent(lines::add);
			lines.addAll(ReportText.prose(List.of()));
		}
		for (TableSpec table : section.tables()) {
			lines.addAll(table(table));
		}
		return lines;
	}

	/** One table: its header line (title or corner label, then the column labels) and a zero row each. */
	public List<String> table(TableSpec table) {
		return table(table, (row, column) -> ZERO);
	}

	/** One table with the given figure in each cell that is not a total (a summed report's figures). */
	public List<String> table(TableSpec table, BiFunction<RowSpec, ColumnSpec, String> figure) {
		List<String> lines = new ArrayList<>();
		lines.add(ReportText.tableHeader(table));
		for (RowSpec row : table.rows()) {
			lines.add(row(table, row, figure));
		}
		return lines;
	}

	/**
	 * One row of the table at 0 in every column but the totals, which are left blank so that they are
	 * computed: a written 0 total would turn into an error with the first figure typed.
	 */
	public String row(TableSpec table, RowSpec row) {
		return row(table, row, (r, column) -> ZERO);
	}

	private String row(TableSpec table, RowSpec row, BiFunction<RowSpec, ColumnSpec, String> figure) {
		var cells = new ArrayList<>(table.columns().stream()
				.map(column -> row.total() || column.total() ? "" : figure.apply(row, column)).toList());
		while (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
			cells.remove(cells.size() - 1);
		}
		return ReportText.row(row.writtenLabel(), cells).stripTrailing()
				+ (row.total() ? TOTAL_ROW_NOTE : "");
	}
}
