package org.govreport.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.generator.layout.CellRole;
import org.govreport.dsl.generator.layout.PrintedCell;
import org.govreport.dsl.generator.layout.PrintedTable;
import org.govreport.dsl.template.PrintLayout;
import org.junit.jupiter.api.Test;

/**
 * The examples' PDFs where a table runs over a page break, read glyph by glyph with PDFBox: the header rows
 * print once on every page the table is on, wholly below the page's top margin and above the table's
 * rows; no character is drawn twice in one place; every row prints whole on one page.
 */
class TableAcrossPagesTest extends RenderedExamples {
	private static final double TOP_MARGIN = PrintLayout.PAGE.top() * 72 / 25.4;
	/** Points within which a baseline counts as the same line. */
	private static final double SAME_LINE = 1;

	@Test
	void noCharacterIsDrawnTwiceInOnePlace() throws Exception {
		for (var example : examples().entrySet()) {
			var pages = glyphs(example.getValue());
			for (int page = 0; page < pages.size(); page++) {
				assertNull(pages.get(page).overprinted(), example.getKey() + ": page " + (page + 1) + " draws a character twice");
			}
		}
	}

	@Test
	void aTableRunningOverAPageBreakPrintsItsHeaderRowsOnceOnEachPageBelowTheMarginAboveItsRows() throws Exception {
		int continued = 0;
		for (var example : examples().entrySet()) {
			var report = example.getValue();
			var pages = glyphs(report);
			for (var rows : PrintedRows.of(report, pages).values()) {
				var firstOnPage = rows.stream().collect(Collectors.toMap(PrintedRows.Place::page, place -> place, (one, other) -> one));
				if (firstOnPage.size() < 2) {
					continue;
				}
				var table = rows.get(0).table();
				int firstPage = rows.get(0).page();
				double headerHeight = 0;
				for (var place : firstOnPage.values()) {
					if (place.page() == firstPage) {
						continue;
					}
					continued++;
					var where = example.getKey() + ": " + table.key() + " continued on page " + (place.page() + 1);
					var rowLine = pages.get(place.page()).lines().get(place.line()).baseline();
					var header = pages.get(place.page()).glyphs().stream().filter(glyph -> glyph.baseline() < rowLine - SAME_LINE).toList();
					assertHeaderPrintedOnce(table, header, where);
					double top = header.stream().mapToDouble(PageGlyphs.Glyph::top).min().orElse(rowLine);
					assertTrue(top >= TOP_MARGIN - 0.5, where + ": header reaches above the top margin, to " + top + " pt");
					headerHeight = Math.max(headerHeight, rowLine - top);
				}
				// on the table's first page, the same height above its first row holds the header rows once
				var first = rows.get(0);
				var rowLine = pages.get(firstPage).lines().get(first.line()).baseline();
				double top = rowLine - headerHeight - SAME_LINE;
				assertHeaderPrintedOnce(table, pages.get(firstPage).glyphs().stream()
						.filter(glyph -> glyph.baseline() < rowLine - SAME_LINE && glyph.baseline() > top).toList(),
						example.getKey() + ": " + table.key() + " on page " + (firstPage + 1));
			}
		}
		assertTrue(continued > 0, "in some example a table runs over a page break");
	}

	@Test
	void everyRowPrintsWholeOnOnePage() throws Exception {
		for (var example : examples().entrySet()) {
			var report = example.getValue();
			var pages = glyphs(report);
			for (var rows : PrintedRows.of(report, pages).values()) {
				for (int i = 0; i < rows.size(); i++) {
					var place = rows.get(i);
					var lines = pages.get(place.page()).lines();
					var next = i + 1 < rows.size() && rows.get(i + 1).page() == place.page() ? rows.get(i + 1).line() : lines.size();
					var printed = counts(lines.subList(place.line(), next).stream().flatMap(line -> line.glyphs().stream())
							.map(PageGlyphs.Glyph::character).collect(Collectors.joining()));
					var expected = counts(place.row().stream().filter(cell -> !cell.continuation() && cell.role() != CellRole.GROUP)
							.map(PrintedCell::text).collect(Collectors.joining()));
					expected.forEach((character, count) -> assertTrue(printed.getOrDefault(character, 0) >= count,
							example.getKey() + ": row " + place.row() + " not whole on page " + (place.page() + 1) + " (" + character + ")"));
				}
			}
		}
	}

	/**
	 * Every character of the header rows is there as often as the header prints it; a character beyond
	 * that may only be one of a group label that runs down beside the first rows.
	 */
	private static void assertHeaderPrintedOnce(PrintedTable table, List<PageGlyphs.Glyph> printed, String where) {
		var header = counts(texts(table.headerRows(), null));
		var groups = counts(texts(table.bodyRows(), CellRole.GROUP));
		var found = counts(printed.stream().map(PageGlyphs.Glyph::character).collect(Collectors.joining()));
		header.forEach((character, count) -> assertTrue(found.getOrDefault(character, 0) >= count,
				where + ": header character " + character + " missing: " + found));
		found.forEach((character, count) -> assertTrue(count <= header.getOrDefault(character, 0) + groups.getOrDefault(character, 0),
				where + ": " + character + " printed " + count + " times above the first row"));
	}

	/** The text of the cells of the rows, of one role or (null) of all. */
	private static String texts(List<List<PrintedCell>> rows, CellRole role) {
		return rows.stream().flatMap(List::stream).filter(cell -> !cell.continuation() && (role == null || cell.role() == role))
				.map(PrintedCell::text).collect(Collectors.joining());
	}

	private static Map<String, Integer> counts(String text) {
		var counts = new HashMap<String, Integer>();
		PrintedRows.flat(text).codePoints().forEach(codePoint -> counts.merge(Character.toString(codePoint), 1, Integer::sum));
		return counts;
	}

	private List<PageGlyphs> glyphs(org.govreport.dsl.model.Report report) throws Exception {
		try (var pdf = Loader.loadPDF(render(report, DocumentFormat.PDF))) {
			return PageGlyphs.of(pdf);
		}
	}
}
