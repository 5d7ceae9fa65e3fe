package org.govreport.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.template.PrintLayout;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.tests.ReportTesting;
import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.Test;

/**
 * How the PDF sets its text, seen in the glyphs of the examples' pages: prose justified to both margins
 * and indented two characters, nothing past the right margin, and no heading left at the foot of a page
 * without what follows it.
 */
class PdfTypesettingTest extends RenderedExamples {
	private static final double POINTS_PER_MILLIMETRE = 72 / 25.4;
	private static final double LEFT = PrintLayout.PAGE.left() * POINTS_PER_MILLIMETRE;
	private static final double RIGHT = (PrintLayout.PAGE.width() - PrintLayout.PAGE.right()) * POINTS_PER_MILLIMETRE;
	private static final double BODY = 16;
	private static final double BODY_LINE = 28;
	private static final double PAGE_NUMBER = 14;

	@Test
	void everyLineOfProseButAParagraphsLastEndsAtTheRightMargin() throws Exception {
		int justified = 0;
		for (var example : examples().entrySet()) {
			for (var page : pages(example.getValue())) {
				var lines = page.lines();
				for (int i = 0; i + 1 < lines.size(); i++) {
					var line = lines.get(i);
					var next = lines.get(i + 1);
					boolean sameParagraph = isBody(line) && isBody(next)
							&& Math.abs(next.baseline() - line.baseline() - BODY_LINE) < 0.5 && Math.abs(start(next) - LEFT) < 0.5;
					if (sameParagraph) {
						assertTrue(Math.abs(end(line) - RIGHT) < 1, example.getKey() + ": the line ends at " + end(line)
								+ " pt, short of the margin at " + RIGHT + ": " + line.text());
						justified++;
					}
				}
			}
		}
		assertTrue(justified > 50, "lines checked: " + justified);
	}

	@Test
	void aParagraphStartsTwoCharactersIn() throws Exception {
		var report = firstExample();
		var first = report.preamble().get(0).text().substring(0, 6);
		var line = pages(report).get(0).lines().stream().filter(candidate -> candidate.text().startsWith(first)).findFirst()
				.orElseThrow();
		assertTrue(Math.abs(start(line) - LEFT - 2 * BODY) < 0.5, "starts at " + start(line));
	}

	@Test
	void nothingIsPrintedPastTheRightMargin() throws Exception {
		for (var example : examples().entrySet()) {
			for (var page : pages(example.getValue())) {
				for (var glyph : page.glyphs()) {
					assertTrue(glyph.x() + glyph.width() <= RIGHT + 0.5,
							example.getKey() + ": " + glyph.character() + " ends at " + (glyph.x() + glyph.width()));
				}
			}
		}
	}

	/** The sample report with more and more one-line paragraphs ahead, so that a page break falls everywhere. */
	@Test
	void noPageEndsInASectionHeadingWhereverTheBreaksFall() throws Exception {
		Set<String> headings = ReportTesting.report(SampleReports.V2021).template().sections().stream()
				.map(SectionSpec::officialHeading).collect(Collectors.toSet());
		int pushed = 0;
		for (int added = 0; added <= 24; added++) {
			var text = ReportTesting.edit(SampleReports.V2021, "一、总体情况\n\"\"\"\n",
					"一、总体情况\n\"\"\"\n" + "本年度补充说明一段。\n".repeat(added));
			var pages = pages(ReportTesting.report(text));
			for (int page = 0; page + 1 < pages.size(); page++) {
				// all but the page number under the page, in 四号
				var lines = pages.get(page).lines().stream()
						.filter(line -> Math.abs(line.glyphs().get(0).size() - PAGE_NUMBER) > 0.1).toList();
				assertFalse(lines.isEmpty());
				var last = lines.get(lines.size() - 1).text();
				assertFalse(headings.contains(last), added + " paragraphs added: page " + (page + 1) + " ends in " + last);
				var next = pages.get(page + 1).lines().get(0).text();
				if (headings.contains(next)) {
					pushed++;
				}
			}
		}
		assertTrue(pushed > 0, "no heading was ever carried over to the next page");
	}

	private static List<PageGlyphs> pages(org.govreport.dsl.model.Report report) throws Exception {
		try (var pdf = Loader.loadPDF(render(report, DocumentFormat.PDF))) {
			return PageGlyphs.of(pdf);
		}
	}

	private static boolean isBody(PageGlyphs.Line line) {
		return line.glyphs().stream().allMatch(glyph -> Math.abs(glyph.size() - BODY) < 0.1);
	}

	private static double start(PageGlyphs.Line line) {
		return line.glyphs().get(0).x();
	}

	private static double end(PageGlyphs.Line line) {
		var last = line.glyphs().get(line.glyphs().size() - 1);
		return last.x() + last.width();
	}
}
