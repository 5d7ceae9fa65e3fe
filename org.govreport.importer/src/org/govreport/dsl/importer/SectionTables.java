package org.govreport.dsl.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.TemplateDescription;

/**
 * Places the cells of one table section of a published report into the template's tables. A row starts
 * at a cell naming it and takes the figures after it, one a column; it ends at the source's row end, at
 * the next label, or when every column has its figure. A table the form prints as one row under merged
 * headers (四) takes its figures in the printed order. Whatever finds no place is noted, never dropped.
 */
final class SectionTables {
	private final SectionSpec section;
	private final TableLabels labels;
	private final ImportNotes notes;
	private final Set<String> tablesSeen = new LinkedHashSet<>();
	private final CellPlacement placement;
	private int recognised;
	private int unrecognised;

	private TableSpec table;
	private boolean inHeader = true;
	private String group;
	private RowSpec row;
	/** The row whose figures were placed last: a label piece naming it again continues its label. */
	private RowSpec lastPlaced;
	private TableSpec rowTable;
	private String rowPlace;
	private String otherVersionNote;
	private final List<Chunk> values = new ArrayList<>();

	SectionTables(TemplateDescription template, SectionSpec section, PlacedCells cells, ImportNotes notes) {
		this.section = section;
		this.labels = new TableLabels(template, section);
		this.notes = notes;
		this.placement = new CellPlacement(section, cells, notes);
		this.table = section.tables().size() == 1 ? section.tables().get(0) : null;
	}

	/** How well the template fits the section: labels it knows minus labels it does not. */
	int fit() {
		return recognised - unrecognised;
	}

	Set<String> tablesSeen() {
		return tablesSeen;
	}

	void read(List<Chunk> chunks) {
		var single = section.tables().size() == 1 ? section.tables().get(0) : null;
		if (single != null && single.printLayout() != null && single.printLayout().dataRows() != null) {
			readPrintedOrder(single, chunks);
			return;
		}
		for (int i = 0; i < chunks.size(); i++) {
			i = accept(chunks, i);
		}
		closeRow();
	}

	/** @return the index of the last chunk consumed */
	private int accept(List<Chunk> chunks, int index) {
		var chunk = chunks.get(index);
		var text = chunk.text();
		if (chunk.kind() == Chunk.Kind.ROW_END) {
			closeRow();
		} else if (text.isEmpty()) {
			if (row != null) {
				values.add(chunk);
			}
		} else if (CellText.isPageNumber(text)) {
			notes.unplaced(section, chunk.place(), "略去页码“" + text + "”");
		} else if (CellText.isFigure(text)) {
			figure(chunk);
		} else {
			return label(chunks, index);
		}
		return index;
	}

	private void figure(Chunk chunk) {
		if (row != null && filled() < rowTable.columns().size()) {
			values.add(chunk);
		} else {
			notes.unplaced(section, chunk.place(), "数字“" + chunk.text() + "”未能归入表格的任何一格");
		}
	}

	/** A label, or the first piece of one split over several cells (本年新 / 制作数量). */
	private int label(List<Chunk> chunks, int index) {
		var text = chunks.get(index).text();
		var label = labels.recognise(text, table, group, inHeader);
		int last = index;
		var joined = new StringBuilder(text);
		for (int next = index + 1; label == null && next < chunks.size() && next <= index + 4; next++) {
			var piece = chunks.get(next).text();
			if (chunks.get(next).kind() == Chunk.Kind.ROW_END || piece.isEmpty() || CellText.isFigure(piece)) {
				break;
			}
			joined.append(piece);
			label = labels.recognise(joined.toString(), table, group, inHeader);
			last = next;
		}
		if (label == null) {
			unknownLabel(chunks.get(index));
			return index;
		}
		if (label instanceof TableLabels.Group found && nextIsFigure(chunks, last)) {
			var asRow = labels.otherVersionRow(table == null ? section.tables() : List.of(table), null, joined.toString());
			label = asRow != null ? asRow : found;
		}
		// a row only another version has is evidence for that version
		if (label instanceof TableLabels.OtherVersionRow) {
			unrecognised++;
		} else {
			recognised++;
		}
		apply(label, chunks.get(index));
		return last;
	}

	private static boolean nextIsFigure(List<Chunk> chunks, int index) {
		for (int next = index + 1; next < chunks.size(); next++) {
			var chunk = chunks.get(next);
			if (chunk.kind() != Chunk.Kind.ROW_END && !chunk.text().isEmpty()) {
				return CellText.isFigure(chunk.text());
			}
		}
		return false;
	}

	private void apply(TableLabels.Label label, Chunk chunk) {
		if (label instanceof TableLabels.Title title) {
			closeRow();
			table = title.table();
			tablesSeen.add(table.key());
			inHeader = true;
			group = null;
		} else if (label instanceof TableLabels.Column column) {
			placement.headerUnit(column.column(), column.unit());
			tablesSeen.add(column.table().key());
		} else if (label instanceof TableLabels.HeaderWord) {
			inHeader = row == null || inHeader;
		} else if (label instanceof TableLabels.Group found) {
			closeRow();
			group = found.group();
		} else if (label instanceof TableLabels.Row found) {
			if (found.row() == row || found.row() == lastPlaced) {
				// the rest of a label the line cut (过程性信息 after 6.属于四类 and its figures)
				return;
			}
			openRow(found.table(), found.row(), chunk, null);
		} else if (label instanceof TableLabels.OtherVersionRow other) {
			var target = counterpart(other.table(), other.row());
			if (target == null) {
				unknownLabel(chunk);
				return;
			}
			openRow(other.table(), target, chunk, "原文为 " + other.templateId() + " 格式的“" + chunk.text().strip() + "”，计入“"
					+ target.writtenLabel() + "”");
		}
	}

	/**
	 * Where a row of another version is counted here: a row this version splits into items goes to its
	 * last item (（六）其他处理 → （六）3.其他); an item of a row this version keeps whole goes to that row.
	 */
	private static RowSpec counterpart(TableSpec table, RowSpec other) {
		var items = table.rows().stream().filter(row -> row.key().startsWith(other.key() + ".")).toList();
		if (!items.isEmpty()) {
			return items.get(items.size() - 1);
		}
		int dot = other.key().lastIndexOf('.');
		return dot < 0 ? null : table.row(other.key().substring(0, dot)).orElse(null);
	}

	private void openRow(TableSpec spec, RowSpec found, Chunk chunk, String note) {
		closeRow();
		table = spec;
		tablesSeen.add(spec.key());
		rowTable = spec;
		row = found;
		rowPlace = chunk.place();
		otherVersionNote = note;
		inHeader = false;
	}

	private void unknownLabel(Chunk chunk) {
		if (labels.isFragment(chunk.text())) {
			return;
		}
		if (row != null && values.size() < rowTable.columns().size()) {
			// a word where the row still wants a figure (见附件) is that cell: written as found, the checks flag it
			values.add(chunk);
			return;
		}
		unrecognised++;
		if (row != null && !values.isEmpty()) {
			closeRow();
		}
		notes.unplaced(section, chunk.place(), "未能识别“" + chunk.text().strip() + "”，未归入表格");
	}

	private int filled() {
		return (int) values.stream().filter(value -> !value.text().isEmpty()).count();
	}

	/** A row label followed by no figure at all heads the rows below it: a group the form merges. */
	private void closeRow() {
		if (row == null) {
			return;
		}
		if (values.isEmpty()) {
			group = row.label();
		} else {
			lastPlaced = row;
			if (values.size() > rowTable.columns().size()) {
				// more lines than columns: the blank ones separate figures rather than stand for cells
				values.removeIf(value -> value.text().isEmpty());
			}
			placement.row(rowTable, row, values, rowPlace, otherVersionNote);
		}
		row = null;
		values.clear();
	}

	/** Table 四: fifteen figures under three header rows, in the order the description prints them. */
	private void readPrintedOrder(TableSpec spec, List<Chunk> chunks) {
		var refs = spec.printLayout().dataRows().stream().flatMap(List::stream).toList();
		int next = 0;
		for (Chunk chunk : chunks) {
			var text = chunk.text();
			if (chunk.kind() == Chunk.Kind.ROW_END || text.isEmpty() && (next == 0 || next >= refs.size())) {
				continue;
			}
			if (CellText.isPageNumber(text)) {
				notes.unplaced(section, chunk.place(), "略去页码“" + text + "”");
			} else if (text.isEmpty() || CellText.isFigure(text)) {
				next = printedFigure(spec, refs, next, chunk);
			} else if (labels.recognise(text, spec, null, true) != null) {
				recognised++;
				tablesSeen.add(spec.key());
			} else {
				unknownLabel(chunk);
			}
		}
	}

	private int printedFigure(TableSpec spec, List<CellRef> refs, int next, Chunk chunk) {
		if (next >= refs.size()) {
			notes.unplaced(section, chunk.place(), "数字“" + chunk.text() + "”超出表格，未用");
			return next;
		}
		placement.cell(spec, refs.get(next), chunk);
		tablesSeen.add(spec.key());
		return next + 1;
	}
}
