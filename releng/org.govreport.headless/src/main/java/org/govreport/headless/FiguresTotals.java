package org.govreport.headless;

import java.math.BigDecimal;
import java.util.List;

/** The totals row of the comparison table: each figure summed over the reports that have it. */
final class FiguresTotals {
	static final String LABEL = "合计";

	private FiguresTotals() {
	}

	static BigDecimal sum(List<FigureRow> rows, FigureColumn column) {
		return rows.stream().map(row -> row.figure(column.cell())).filter(value -> value != null)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	static List<Integer> counts(List<FigureRow> rows) {
		int errors = rows.stream().mapToInt(row -> row.counts().get(0)).sum();
		int warnings = rows.stream().mapToInt(row -> row.counts().get(1)).sum();
		return List.of(errors, warnings);
	}
}
