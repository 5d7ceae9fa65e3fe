package org.govreport.dsl.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.parsing.source.SourceRange;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.TableSpec;

/**
 * How many cells each row under a header line fills. Leaving the last cells of every row blank is a
 * way of writing (totals left out), but one row stopping short where the rows around it under the same
 * header are full has most likely lost a cell, its figures slid one column to the left.
 */
final class RowLengths {
	private record RowLength(TableSpec table, RowSpec row, List<ColumnSpec> header, int written, SourceRange label) {
		boolean isShort() {
			// one cell is the documented short form: （七）总计 | 5
			return written >= 2 && written < header.size();
		}
	}

	private final List<RowLength> rows = new ArrayList<>();

	void add(TableSpec table, RowSpec row, List<ColumnSpec> header, int written, SourceRange label) {
		rows.add(new RowLength(table, row, header, written, label));
	}

	/** The short rows by table and row key, at their label, each warned about. */
	Map<String, Map<String, SourceRange>> shortRows(List<Diagnostic> diagnostics) {
		var shortRows = new HashMap<String, Map<String, SourceRange>>();
		for (RowLength row : rows) {
			if (row.isShort() && rows.stream().anyMatch(other -> other.header() == row.header() && other.written() == row.header().size())) {
				diagnostics.add(Diagnostic.warning(IssueCodes.ROW_SHORT, "本行只有 " + row.written() + " 格，表头有 " + row.header().size()
						+ " 列：是否漏填了一格？没有的数请写 0", row.label()));
				shortRows.computeIfAbsent(row.table().key(), key -> new HashMap<>()).put(row.row().key(), row.label());
			}
		}
		return shortRows;
	}
}
