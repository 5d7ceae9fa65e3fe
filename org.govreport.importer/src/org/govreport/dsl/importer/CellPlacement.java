package org.govreport.dsl.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;

/**
 * Puts the figures found for a row into their cells, each read as {@link CellText} reads it in the unit
 * its column header printed, and notes every reading that interpreted something, once on standard
 * error and once beside the cell.
 */
final class CellPlacement {
	private final SectionSpec section;
	private final PlacedCells cells;
	private final ImportNotes notes;
	private final Map<ColumnSpec, String> headerUnits = new HashMap<>();

	CellPlacement(SectionSpec section, PlacedCells cells, ImportNotes notes) {
		this.section = section;
		this.cells = cells;
		this.notes = notes;
	}

	void headerUnit(ColumnSpec column, String unit) {
		headerUnits.put(column, unit);
	}

	/**
	 * @param values the row's figures in column order; missing ones at the end read as blank
	 * @param otherVersionNote why a row of another template version is counted in this one, or null; its
	 *        figures are then added to what the row already holds
	 */
	void row(TableSpec table, RowSpec row, List<Chunk> values, String rowPlace, String otherVersionNote) {
		String rowNote = null;
		if (otherVersionNote != null) {
			notes.interpreted(rowPlace, otherVersionNote);
			rowNote = "（" + rowPlace + "）" + otherVersionNote;
		}
		var columns = table.columns();
		for (int i = 0; i < columns.size(); i++) {
			var column = columns.get(i);
			var source = i < values.size() ? values.get(i) : null;
			var place = source == null ? rowPlace : source.place();
			rowNote = cell(new CellRef(table.key(), row.key(), column.key()), row, column, source, place, rowNote,
					otherVersionNote != null);
		}
	}

	/** One figure of a table printed in its own order (四). */
	void cell(TableSpec table, CellRef ref, Chunk source) {
		cell(ref, table.row(ref.row()).orElseThrow(), table.column(ref.column()).orElseThrow(), source, source.place(), null,
				false);
	}

	/** @return the row note when it is still to be written, null once it stands beside a cell */
	private String cell(CellRef ref, RowSpec row, ColumnSpec column, Chunk source, String place, String rowNote,
			boolean adds) {
		var reading = CellText.read(source == null ? "" : source.text(), column, headerUnits.get(column));
		if (cells.contains(ref) && !adds) {
			notes.unplaced(section, place, row.shortName() + " " + column.label() + " 重复，第二次的“" + reading.written() + "”未用");
			return rowNote;
		}
		var note = reading.note();
		var phrased = note == null ? null : column.label() + "（" + place + "）" + note;
		if (rowNote != null) {
			phrased = phrased == null ? rowNote : rowNote + "；" + phrased;
		}
		cells.add(ref, reading.written(), phrased);
		if (note != null) {
			notes.interpreted(place, row.shortName() + " " + column.label() + "：" + note);
		}
		return null;
	}
}
