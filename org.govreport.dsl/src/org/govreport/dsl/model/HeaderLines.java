package org.govreport.dsl.model;

import java.util.List;

import org.govreport.dsl.parsing.source.SourceLine.TableLine;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.Match;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.TemplateDescription;

/**
 * Tells a column header line from a row: shared by the assembler and by the editor services, which
 * must read a table exactly as the checks do.
 */
public final class HeaderLines {

	private HeaderLines() {
	}

	/**
	 * A line of words only, one of which names a column (or whose label names a table), is a header line.
	 *
	 * @param current the table in force before the line, or null
	 */
	public static boolean isHeader(TemplateDescription template, SectionSpec section, TableSpec current, TableLine line) {
		var words = line.cells().stream().filter(cell -> !cell.isEmpty()).toList();
		if (words.isEmpty() || words.stream().anyMatch(cell -> cell.number() != null)) {
			return false;
		}
		if (line.label() != null && !line.label().text().isBlank()
				&& template.matchTable(section, line.label().text()) instanceof Match.Found<TableSpec>) {
			return true;
		}
		var candidates = current != null ? List.of(current) : section.tables();
		return words.stream().anyMatch(cell -> candidates.stream()
				.anyMatch(spec -> template.matchColumn(spec, cell.word().text()) instanceof Match.Found<ColumnSpec>));
	}
}
