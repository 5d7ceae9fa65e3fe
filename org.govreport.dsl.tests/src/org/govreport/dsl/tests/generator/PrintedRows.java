package org.govreport.dsl.tests.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.generator.layout.CellRole;
import org.govreport.dsl.generator.layout.PrintedCell;
import org.govreport.dsl.generator.layout.PrintedTable;
import org.govreport.dsl.generator.layout.TableLayouts;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.template.SectionSpec;

/**
 * Where the PDF prints each body row of the tables whose rows carry labels: the line holding the start of
 * the row's label, found in reading order after the section's heading, so that a label printed twice
 * (in prose, in another table) is not mistaken for the row.
 */
final class PrintedRows {
	/** How many characters of a label find its line: enough to tell the rows of a table apart. */
	private static final int PREFIX = 6;

	/** A table's body row and where its label starts: page (from 0) and line of that page. */
	record Place(PrintedTable table, List<PrintedCell> row, int page, int line) {
	}

	private PrintedRows() {
	}

	static Map<PrintedTable, List<Place>> of(Report report, List<PageGlyphs> pages) {
		var lines = pages.stream().map(PageGlyphs::lines).toList();
		var found = new LinkedHashMap<PrintedTable, List<Place>>();
		for (SectionSpec section : report.template().sections()) {
			if (section.tables().isEmpty()) {
				continue;
			}
			var at = find(lines, new int[] { 0, 0 }, section.officialHeading());
			for (var spec : section.tables()) {
				var table = TableLayouts.of(report.table(spec.key()));
				var places = new ArrayList<Place>();
				for (List<PrintedCell> row : table.bodyRows()) {
					var label = row.stream().filter(cell -> cell.role() == CellRole.LABEL && !cell.continuation()).findFirst();
					if (label.isEmpty()) {
						break;
					}
					var text = flat(label.get().text());
					at = find(lines, at, text.substring(0, Math.min(PREFIX, text.length())));
					places.add(new Place(table, row, at[0], at[1] - 1));
				}
				if (!places.isEmpty()) {
					found.put(table, places);
				}
			}
		}
		return found;
	}

	/** The first line from a place on that holds a text, and the place just after it. */
	private static int[] find(List<List<PageGlyphs.Line>> lines, int[] from, String text) {
		for (int page = from[0]; page < lines.size(); page++) {
			for (int line = page == from[0] ? from[1] : 0; line < lines.get(page).size(); line++) {
				if (lines.get(page).get(line).text().contains(flat(text))) {
					return new int[] { page, line + 1 };
				}
			}
		}
		throw new AssertionError("not printed after page " + (from[0] + 1) + ": " + text);
	}

	static String flat(String text) {
		return text.replaceAll("\\s+", "");
	}
}
