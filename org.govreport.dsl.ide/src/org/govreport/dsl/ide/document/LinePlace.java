package org.govreport.dsl.ide.document;

import java.util.List;

import org.govreport.dsl.model.source.SourceLine;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;

/**
 * Where one source line stands in the template: its section, the table it belongs to, the row it fills
 * (or, for a column header line, null) and the column each of its cells fills, by cell index.
 *
 * @param section null before the first section heading
 * @param columns one entry a cell, null where a cell fills no known column
 */
public record LinePlace(SourceLine line, SectionSpec section, TableSpec table, RowSpec row, List<ColumnSpec> columns,
		boolean isHeader) {

	public int offset() {
		return line.range().offset();
	}

	public int end() {
		return line.range().offset() + line.range().length();
	}
}
