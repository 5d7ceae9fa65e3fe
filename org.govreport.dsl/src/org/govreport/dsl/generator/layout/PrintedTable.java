package org.govreport.dsl.generator.layout;

import java.util.List;

/**
 * A table as printed: header rows (repeated on every page a table crosses), then body rows, each a
 * full row of slots, and the relative width of every grid column.
 */
public record PrintedTable(String key, List<List<PrintedCell>> headerRows, List<List<PrintedCell>> bodyRows,
		List<Integer> columnWeights) {

	public int columnCount() {
		return columnWeights.size();
	}

	public int totalWeight() {
		return columnWeights.stream().mapToInt(Integer::intValue).sum();
	}
}
