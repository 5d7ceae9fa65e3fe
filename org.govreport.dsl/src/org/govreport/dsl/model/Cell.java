package org.govreport.dsl.model;

import java.math.BigDecimal;

import org.govreport.dsl.parsing.source.SourceRange;
import org.govreport.dsl.template.CellRef;

/**
 * One cell of a report table.
 *
 * @param value in the column's document unit; null when unknown (invalid, or computed from an invalid cell)
 * @param range the cell as written, or for a left-out cell the place a diagnostic about it points at
 */
public record Cell(CellRef ref, BigDecimal value, CellOrigin origin, SourceRange range) {

	public boolean isWritten() {
		return origin == CellOrigin.WRITTEN;
	}

	public boolean isKnown() {
		return value != null;
	}
}
