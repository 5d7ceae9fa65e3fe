package org.govreport.dsl.generator.layout;

import org.govreport.dsl.template.CellRef;

/**
 * One slot of a printed table. A merged cell appears once as its origin, with its spans, and in every
 * further row it covers as a continuation: HTML skips continuations, Word needs them for vertical
 * merges, and plain text prints them as empty cells, as Word does when its text is copied.
 *
 * @param ref the report cell a {@link CellRole#VALUE} prints, else null
 */
public record PrintedCell(String text, CellRole role, int columnSpan, int rowSpan, boolean continuation, CellRef ref) {

	public static PrintedCell of(String text, CellRole role, int columnSpan, int rowSpan) {
		return new PrintedCell(text, role, columnSpan, rowSpan, false, null);
	}

	public static PrintedCell value(String text, CellRef ref) {
		return new PrintedCell(text, CellRole.VALUE, 1, 1, false, ref);
	}

	PrintedCell continued() {
		return new PrintedCell("", role, columnSpan, rowSpan, true, ref);
	}
}
