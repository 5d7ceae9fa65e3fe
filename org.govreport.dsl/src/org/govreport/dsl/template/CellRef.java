package org.govreport.dsl.template;

/** Names one cell of one table by keys, independent of any report. */
public record CellRef(String table, String row, String column) {
	@Override
	public String toString() {
		return table + "[" + row + "," + column + "]";
	}
}
