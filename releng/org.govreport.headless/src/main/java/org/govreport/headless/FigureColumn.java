package org.govreport.headless;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.model.Report;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.TemplateDescription;
import org.govreport.dsl.template.ValueKind;

/**
 * One figure column of the comparison table, under the official labels in two header rows: the row of
 * the form (with its table's title in section 二) above, the column of the form below.
 *
 * @param section the section number (二, 三, 四): one sheet each
 * @param group the upper header: the form's row
 * @param label the lower header: the form's column, with its unit
 */
public record FigureColumn(String section, CellRef cell, String group, String label, boolean amount) {

	/**
	 * Every figure of the tables of the given reports' template versions, each once, in the form's order:
	 * reports of both versions fill one table, a cell one version lacks blank. A cell only a later version
	 * has goes right after the cell before it in that version, so that its rows stay among their peers.
	 */
	public static Map<String, List<FigureColumn>> of(List<Report> reports) {
		var columns = new ArrayList<FigureColumn>();
		reports.stream().map(Report::template).distinct().forEach(template -> add(template, columns));
		var bySection = new LinkedHashMap<String, List<FigureColumn>>();
		columns.forEach(column -> bySection.computeIfAbsent(column.section(), key -> new ArrayList<>()).add(column));
		return bySection;
	}

	private static void add(TemplateDescription template, List<FigureColumn> columns) {
		int next = 0;
		for (SectionSpec section : template.sections()) {
			for (TableSpec table : section.tables()) {
				for (RowSpec row : table.rows()) {
					var group = table.title() == null ? row.writtenLabel() : table.title() + " " + row.writtenLabel();
					for (ColumnSpec column : table.columns()) {
						var cell = new CellRef(table.key(), row.key(), column.key());
						int known = indexOf(columns, cell);
						if (known >= 0) {
							next = known + 1;
						} else {
							columns.add(next++, new FigureColumn(section.number(), cell, group, column.printedLabel(),
									column.kind() == ValueKind.AMOUNT));
						}
					}
				}
			}
		}
	}

	private static int indexOf(List<FigureColumn> columns, CellRef cell) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).cell().equals(cell)) {
				return i;
			}
		}
		return -1;
	}
}
