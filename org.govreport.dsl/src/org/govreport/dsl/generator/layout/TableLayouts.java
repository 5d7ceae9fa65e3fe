package org.govreport.dsl.generator.layout;

import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.model.ReportTable;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.HeaderCell;
import org.govreport.dsl.template.PrintLayout;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.TableSpec;

/**
 * Lays a report table out as the template prints it, from the table's description alone: a title row and
 * a header row for the tables of section 二, the description's {@link PrintLayout} where the official form
 * has merged headers, and merged group labels wherever rows share {@link RowSpec#groups()}.
 */
public final class TableLayouts {
	private TableLayouts() {
	}

	public static PrintedTable of(ReportTable table) {
		var spec = table.spec();
		var headers = spec.printLayout() == null ? plainHeaders(spec) : layoutHeaders(spec.printLayout());
		var body = spec.printLayout() != null && spec.printLayout().dataRows() != null
				? layoutRows(table, spec.printLayout())
				: labelledRows(table);
		var headerRows = MergeGrid.fill(headers);
		var bodyRows = MergeGrid.fill(body);
		return new PrintedTable(spec.key(), headerRows, bodyRows, ColumnWeights.of(headerRows, bodyRows));
	}

	private static List<List<PrintedCell>> plainHeaders(TableSpec spec) {
		var rows = new ArrayList<List<PrintedCell>>();
		if (spec.title() != null) {
			rows.add(List.of(PrintedCell.of(spec.title(), CellRole.TITLE, spec.columns().size() + 1, 1)));
		}
		var header = new ArrayList<PrintedCell>();
		header.add(PrintedCell.of(spec.cornerLabel() == null ? "" : spec.cornerLabel(), CellRole.HEADER, 1, 1));
		spec.columns().forEach(column -> header.add(PrintedCell.of(column.printedLabel(), CellRole.HEADER, 1, 1)));
		rows.add(header);
		return rows;
	}

	private static List<List<PrintedCell>> layoutHeaders(PrintLayout layout) {
		return layout.headerRows().stream().map(row -> row.stream().map(TableLayouts::header).toList()).toList();
	}

	private static PrintedCell header(HeaderCell cell) {
		return PrintedCell.of(cell.label(), CellRole.HEADER, cell.columnSpan(), cell.rowSpan());
	}

	private static List<List<PrintedCell>> layoutRows(ReportTable table, PrintLayout layout) {
		return layout.dataRows().stream().map(refs -> refs.stream().map(ref -> value(table, ref)).toList()).toList();
	}

	/** Each row: its group labels (merged down over the rows that share them), its label, its figures. */
	private static List<List<PrintedCell>> labelledRows(ReportTable table) {
		var spec = table.spec();
		var rows = spec.rows();
		int labelColumns = 1 + rows.stream().mapToInt(row -> row.groups().size()).max().orElse(0);
		var printed = new ArrayList<List<PrintedCell>>();
		for (int index = 0; index < rows.size(); index++) {
			var row = rows.get(index);
			var cells = new ArrayList<PrintedCell>();
			for (int level = 0; level < row.groups().size(); level++) {
				if (index == 0 || !sameGroups(rows.get(index - 1), row, level)) {
					cells.add(PrintedCell.of(row.groups().get(level), CellRole.GROUP, 1, groupHeight(rows, index, level)));
				}
			}
			cells.add(PrintedCell.of(row.label(), CellRole.LABEL, labelColumns - row.groups().size(), 1));
			for (ColumnSpec column : spec.columns()) {
				cells.add(value(table, new CellRef(spec.key(), row.key(), column.key())));
			}
			printed.add(cells);
		}
		return printed;
	}

	private static int groupHeight(List<RowSpec> rows, int first, int level) {
		int last = first;
		while (last + 1 < rows.size() && sameGroups(rows.get(first), rows.get(last + 1), level)) {
			last++;
		}
		return last - first + 1;
	}

	/** Whether two rows share their group labels up to and including a level. */
	private static boolean sameGroups(RowSpec one, RowSpec other, int level) {
		return one.groups().size() > level && other.groups().size() > level
				&& one.groups().subList(0, level + 1).equals(other.groups().subList(0, level + 1));
	}

	private static PrintedCell value(ReportTable table, CellRef ref) {
		return PrintedCell.value(FigureText.of(table.cell(ref)), ref);
	}
}
