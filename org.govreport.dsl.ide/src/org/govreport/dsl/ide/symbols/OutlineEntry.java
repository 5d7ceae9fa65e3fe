package org.govreport.dsl.ide.symbols;

import java.util.List;

/**
 * One node of the outline in plain values: the whole span it covers and the span to select (its
 * heading or title line).
 */
public record OutlineEntry(String name, String detail, Kind kind, int offset, int length, int selectionOffset,
		int selectionLength, List<OutlineEntry> children) {

	public enum Kind {
		HEADER, SECTION, TABLE
	}
}
