package org.govreport.dsl.template;

import java.util.Objects;

/** Names one cell of one table by keys, independent of any report. */
public record CellRef(String table, String row, String column) {
	// Written out, with the formula a record's generated methods use (so hash orders stay as they were):
	// a cell reference keys every cell lookup, and a record's generated methods are linked on first use,
	// which a one-report check in a fresh JVM paid for in start-up time.
	@Override
	public boolean equals(Object other) {
		return other instanceof CellRef that && Objects.equals(table, that.table) && Objects.equals(row, that.row)
				&& Objects.equals(column, that.column);
	}

	@Override
	public int hashCode() {
		return (Objects.hashCode(table) * 31 + Objects.hashCode(row)) * 31 + Objects.hashCode(column);
	}

	@Override
	public String toString() {
		return table + "[" + row + "," + column + "]";
	}
}
