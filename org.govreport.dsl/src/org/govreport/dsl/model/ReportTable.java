package org.govreport.dsl.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.govreport.dsl.parsing.source.SourceRange;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.TableSpec;

/** One table of the report: every cell of the template's table, written, left out or computed. */
public final class ReportTable {
	private final TableSpec spec;
	private final boolean written;
	private final boolean complete;
	private final Map<CellRef, Cell> cells = new LinkedHashMap<>();
	private final Map<String, SourceRange> shortRows;

	public ReportTable(TableSpec spec, boolean written, boolean complete, Collection<Cell> cells) {
		this(spec, written, complete, cells, Map.of());
	}

	/** @param shortRows rows written with fewer cells than their header line names, by row key, at their label */
	public ReportTable(TableSpec spec, boolean written, boolean complete, Collection<Cell> cells,
			Map<String, SourceRange> shortRows) {
		this.spec = spec;
		this.written = written;
		this.complete = complete;
		this.shortRows = Map.copyOf(shortRows);
		cells.forEach(cell -> this.cells.put(cell.ref(), cell));
	}

	/**
	 * Rows written with fewer cells than their header line has columns: their figures may have slid one
	 * column to the left, so an imbalance through them is blamed on them, not on a correct total.
	 */
	public Map<String, SourceRange> shortRows() {
		return shortRows;
	}

	public TableSpec spec() {
		return spec;
	}

	/** Whether the report wrote any row of it; a table left out reads as all zeros. */
	public boolean isWritten() {
		return written;
	}

	/**
	 * False when a row written for it could not be placed (unknown or ambiguous label): its sums would
	 * then be wrong for a reason already reported, so balance checks leave it alone.
	 */
	public boolean isComplete() {
		return complete;
	}

	public Cell cell(String row, String column) {
		return cells.get(new CellRef(spec.key(), row, column));
	}

	public Cell cell(CellRef ref) {
		return cells.get(ref);
	}

	public Collection<Cell> cells() {
		return cells.values();
	}
}
