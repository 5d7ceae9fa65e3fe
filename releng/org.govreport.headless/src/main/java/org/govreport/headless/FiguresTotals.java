package org.govreport.headless;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * The totals row of the comparison table: each figure summed over the reports that have it, except summed
 * reports whose inputs are rows too (their figures would be counted twice), and the notes that say so.
 */
final class FiguresTotals {
	static final String LABEL = "合计";
	/** How a note on a row left out of the totals begins. */
	static final String LEFT_OUT = "未计入合计：";

	private FiguresTotals() {
	}

	static BigDecimal sum(List<FigureRow> rows, FigureColumn column) {
		return counted(rows).map(row -> row.figure(column.cell())).filter(value -> value != null)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	static List<Integer> counts(List<FigureRow> rows) {
		int errors = counted(rows).mapToInt(row -> row.counts().get(0)).sum();
		int warnings = counted(rows).mapToInt(row -> row.counts().get(1)).sum();
		return List.of(errors, warnings);
	}

	/** One line under the totals for each row left out of them. */
	static List<String> notes(List<FigureRow> rows) {
		var reports = rows.stream().map(FigureRow::source).toList();
		return rows.stream().filter(FigureRow::sumOfOthers)
				.map(row -> LEFT_OUT + SummedReports.why(row.source(), reports)).toList();
	}

	private static Stream<FigureRow> counted(List<FigureRow> rows) {
		return rows.stream().filter(row -> !row.sumOfOthers());
	}
}
