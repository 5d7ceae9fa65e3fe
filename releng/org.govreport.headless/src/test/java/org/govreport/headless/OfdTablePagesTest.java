package org.govreport.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.template.PrintLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofdrw.reader.OFDReader;

/**
 * The examples' OFD pages as geometry (OFD pages cannot be rendered here): every text object lies inside
 * the page's text area, page numbers aside, and every text between two rules of a table lies inside its
 * cell's box on that page: a rule above it, a rule below it (where a page break cuts a merged cell too),
 * none through it.
 */
class OfdTablePagesTest {
	/** Millimetres a glyph box may reach past a line without counting as past it. */
	private static final double SLACK = 0.3;

	@TempDir
	Path folder;

	@Test
	void everyTextLiesInsideTheTextAreaAndInsideItsTableOnItsPage() throws Exception {
		var page = PrintLayout.PAGE;
		int inTables = 0;
		for (var built : BuiltExamples.build(folder, DocumentFormat.OFD).entrySet()) {
			try (var reader = new OFDReader(built.getValue().get(0))) {
				for (int number = 1; number <= reader.getNumberOfPages(); number++) {
					var geometry = OfdPageGeometry.of(reader, number);
					var where = built.getKey() + " page " + number + ": ";
					for (var text : geometry.texts()) {
						if (text.top() > page.height() - page.bottom() && text.content().matches("[—\\d\\s]+")) {
							continue; // the page number, in the foot
						}
						assertTrue(text.top() >= page.top() - SLACK && text.baseline() <= page.height() - page.bottom() + SLACK,
								where + text + " outside the text area");
						if (insideTable(geometry, text, where)) {
							inTables++;
						}
					}
				}
			}
		}
		assertTrue(inTables > 500, "texts in table cells checked: " + inTables);
	}

	@Test
	void theRulesAreReadAsTheyArePrinted() throws Exception {
		// the check above relies on finding the rules: a table 三 page of 三江乡 has its rows' rules
		var ofd = BuiltExamples.build(folder, DocumentFormat.OFD).get("三江乡-2020.govreport").get(0);
		try (var reader = new OFDReader(ofd)) {
			var geometry = OfdPageGeometry.of(reader, 5);
			var horizontal = geometry.rules().stream().filter(OfdPageGeometry.Rule::horizontal).map(rule -> Math.round(rule.y()))
					.distinct().count();
			assertTrue(horizontal > 20, "horizontal rules at " + horizontal + " heights");
			assertEquals(0, geometry.texts().stream().filter(text -> text.left() > text.right()).count());
		}
	}

	/**
	 * For a text with a table rule left and right of it, the box of its cell on the page: a rule above it and
	 * one below it, and no rule through it. Returns whether the text stood in a table.
	 */
	private static boolean insideTable(OfdPageGeometry geometry, OfdPageGeometry.Text text, String where) {
		var beside = geometry.rules().stream().filter(rule -> !rule.horizontal() && rule.top() <= text.top() + SLACK * 3
				&& rule.bottom() >= text.baseline() - SLACK * 3).toList();
		if (beside.stream().noneMatch(rule -> rule.x() <= text.left() + SLACK)
				|| beside.stream().noneMatch(rule -> rule.x() >= text.right() - SLACK)) {
			return false;
		}
		List<OfdPageGeometry.Rule> across = geometry.rules().stream().filter(OfdPageGeometry.Rule::horizontal).toList();
		assertTrue(across.stream().anyMatch(rule -> rule.y() <= text.top() + SLACK && overlaps(rule, text.left(), text.right())),
				where + text + " has no rule above it");
		assertTrue(across.stream().anyMatch(rule -> rule.y() >= text.baseline() - SLACK && overlaps(rule, text.left(), text.right())),
				where + text + " has no rule below it on its page: its cell is open there");
		var through = geometry.rules().stream().filter(rule -> rule.horizontal()
				? rule.y() > text.top() + SLACK && rule.y() < text.baseline() - SLACK && overlaps(rule, text.left(), text.right())
				: rule.x() > text.left() + SLACK && rule.x() < text.right() - SLACK && rule.top() < text.baseline() - SLACK
						&& rule.bottom() > text.top() + SLACK)
				.findFirst();
		assertTrue(through.isEmpty(), where + text + " has a rule drawn through it: " + through);
		return true;
	}

	private static boolean overlaps(OfdPageGeometry.Rule rule, double left, double right) {
		return rule.left() < right - SLACK && rule.right() > left + SLACK;
	}
}
