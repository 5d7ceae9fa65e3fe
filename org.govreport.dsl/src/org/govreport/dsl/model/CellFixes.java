package org.govreport.dsl.model;

import java.util.List;
import java.util.regex.Pattern;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.diagnostic.Fix;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.parsing.source.SourceCell;
import org.govreport.dsl.template.ColumnSpec;

/**
 * The fixes of a cell's findings, as data: a unit written before its number moves behind it, a unit in
 * a count column is dropped. Worked out here, where the cell and its column are known, so that a quick
 * fix never reads them back out of the message.
 */
final class CellFixes {
	/** {@code 万元 5}: a unit written before its number. */
	private static final Pattern UNIT_FIRST = Pattern.compile("^([^\\d+\\-\\s][^\\d]*?)\\s*([+-]?\\d+(?:\\.\\d+)?)$");

	private CellFixes() {
	}

	/** Adds a fix to each finding about the cell from index {@code from} on that has none yet. */
	static void attach(List<Diagnostic> diagnostics, int from, ColumnSpec column, SourceCell cell) {
		for (int i = from; i < diagnostics.size(); i++) {
			var diagnostic = diagnostics.get(i);
			if (diagnostic.fix() == null) {
				diagnostics.set(i, withFix(diagnostic, column, cell));
			}
		}
	}

	private static Diagnostic withFix(Diagnostic diagnostic, ColumnSpec column, SourceCell cell) {
		if (diagnostic.code().equals(IssueCodes.CELL_UNIT) && column.unit() == null && cell.unit() != null) {
			return diagnostic.withFix(new Fix(Fix.Kind.DROP_UNIT, cell.unit().text()));
		}
		if (diagnostic.code().equals(IssueCodes.CELL_WORD) && cell.word() != null) {
			var unitFirst = UNIT_FIRST.matcher(cell.word().text().trim());
			if (unitFirst.matches()) {
				return diagnostic.withFix(new Fix(Fix.Kind.MOVE_UNIT, unitFirst.group(2) + " " + unitFirst.group(1).trim()));
			}
		}
		return diagnostic;
	}
}
