package org.govreport.dsl.model;

import java.util.List;

import org.govreport.dsl.parsing.source.SourceLine;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;

/**
 * Where the assembler placed one source line: the structure the checks read, kept so that the editor
 * shows exactly that structure instead of reading the lines a second time.
 *
 * @param section the section in force, null before the first section heading
 * @param table the table the line belongs to (title, header line or row), else null
 * @param row the row a {@link LineRole#ROW} line fills, else null
 * @param columns one entry a cell of a table line, by cell index: the column it fills or names, null where none
 * @param skippedBecause for a {@link LineRole#SKIPPED} line, the issue code of the finding that explains why
 */
public record LinePlace(SourceLine line, LineRole role, SectionSpec section, TableSpec table, RowSpec row,
		List<ColumnSpec> columns, String skippedBecause) {

	/** The roles a line can play; a line the checks do not use is {@link #SKIPPED}, with the reason. */
	public enum LineRole {
		FIELD, SECTION_HEADING, SUB_HEADING, TABLE_TITLE, COLUMN_HEADER, ROW, PROSE, SKIPPED
	}

	static LinePlace of(SourceLine line, LineRole role, SectionSpec section) {
		return new LinePlace(line, role, section, null, null, List.of(), null);
	}

	static LinePlace skipped(SourceLine line, SectionSpec section, String because) {
		return new LinePlace(line, LineRole.SKIPPED, section, null, null, List.of(), because);
	}

	public boolean isHeader() {
		return role == LineRole.COLUMN_HEADER;
	}

	public int offset() {
		return line.range().offset();
	}

	public int end() {
		return line.range().offset() + line.range().length();
	}
}
