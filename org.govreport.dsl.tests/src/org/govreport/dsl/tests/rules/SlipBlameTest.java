package org.govreport.dsl.tests.rules;

import static org.govreport.dsl.tests.ReportTesting.check;
import static org.govreport.dsl.tests.ReportTesting.render;
import static org.govreport.dsl.tests.ReportTesting.report;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.model.Cell;
import org.govreport.dsl.tests.Examples;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every single-cell slip (a figure one off), every exchange of two figures of a row and every row short
 * of one cell, generated from the five examples and from reports with every cell non-zero: the findings
 * are on the slipped row, and no fix asks for a negative count or for a change elsewhere.
 */
class SlipBlameTest {
	private static final List<String> TABLES = List.of("applications", "appeals");

	static Stream<String> totalsWritten() throws IOException {
		var sources = new ArrayList<String>();
		for (var file : Examples.files()) {
			sources.add(Files.readString(file));
		}
		sources.add(NonZeroReports.of(2020, true));
		sources.add(NonZeroReports.of(2022, true));
		return sources.stream();
	}

	@ParameterizedTest
	@MethodSource("totalsWritten")
	void everySlipWithTotalsWrittenIsReportedOnItsRow(String source) {
		assertEquals("", render(check(source).stream().filter(Diagnostic::isError).toList()), "the unslipped report");
		var checks = new ArrayList<Executable>();
		for (Cell cell : cells(source)) {
			checks.add(() -> assertOnLine(withValue(source, cell, cell.value().add(BigDecimal.ONE)), cell, true));
		}
		for (List<Cell> row : rows(source)) {
			for (List<Cell> pair : swaps(row).stream().filter(pair -> !isAppealResults(source, pair)).toList()) {
				checks.add(() -> assertOnLine(exchanged(source, pair.get(0), pair.get(1)), pair.get(0), true));
			}
			if (row.size() > 2) {
				// a cell left out: the figures after it slide one column to the left
				var dropped = row.get(row.size() / 2);
				int end = dropped.range().offset() + dropped.range().length();
				checks.add(() -> assertOnLine(source.substring(0, dropped.range().offset() - 2) + source.substring(end), dropped, false));
			}
		}
		assertAll(checks);
	}

	/**
	 * With totals blank, a column of table 三 is one identity and any of its figures could be the wrong
	 * one: the finding names the slipped row when the figures single it out, and otherwise says it is
	 * unsure and offers no fix (table 四 then has nothing to check a slip against).
	 */
	@ParameterizedTest
	@MethodSource("totalsBlank")
	void everySlipWithTotalsBlankIsReportedOnItsRowOrOffersNoFix(String source) {
		assertEquals("", render(check(source)), "the unslipped report");
		var checks = new ArrayList<Executable>();
		for (Cell cell : cells(source).stream().filter(cell -> cell.ref().table().equals("applications")).toList()) {
			checks.add(() -> assertOnLineOrUnsure(withValue(source, cell, cell.value().add(BigDecimal.ONE)), cell));
		}
		for (List<Cell> row : rows(source).stream().filter(row -> row.get(0).ref().table().equals("applications")).toList()) {
			for (List<Cell> pair : swaps(row)) {
				checks.add(() -> assertOnLineOrUnsure(exchanged(source, pair.get(0), pair.get(1)), pair.get(0)));
			}
		}
		assertAll(checks);
	}

	/**
	 * Two results of an appeal exchanged keep every sum of table 四: only the prose that states each
	 * figure can tell, and it does, naming both figures.
	 */
	@ParameterizedTest
	@MethodSource("totalsWritten")
	void appealResultsExchangedAreCaughtByTheProseThatStatesThem(String table) {
		var source = withAppealsInProse(table);
		long before = check(source).stream().filter(finding -> finding.code().equals("govreport.prose.R11")).count();
		var checks = new ArrayList<Executable>();
		for (List<Cell> row : rows(source)) {
			for (List<Cell> pair : swaps(row).stream().filter(pair -> isAppealResults(source, pair)).toList()) {
				checks.add(() -> {
					var findings = check(exchanged(source, pair.get(0), pair.get(1)));
					var where = pair + "\n" + render(findings);
					assertEquals(before + 2, findings.stream().filter(finding -> finding.code().equals("govreport.prose.R11")).count(), where);
					assertTrue(findings.stream().allMatch(finding -> finding.fixValue() == null), where);
				});
			}
		}
		assertAll(checks);
	}

	/** 行政复议N件，其中结果维持a件…；行政诉讼M件，其中…: each figure of table 四 stated before the tables. */
	private static String withAppealsInProse(String source) {
		var report = report(source);
		var prose = new StringBuilder();
		for (String kind : List.of("行政复议", "行政诉讼")) {
			var rows = kind.equals("行政复议") ? List.of("review") : List.of("suit", "suitAfterReview");
			prose.append(kind).append(sum(report, rows, "total")).append("件，其中");
			var results = List.of("upheld", "corrected", "otherResult", "pending");
			var phrases = List.of("结果维持", "结果纠正", "其他结果", "尚未审结");
			for (int i = 0; i < results.size(); i++) {
				prose.append(i == 0 ? "" : "，").append(phrases.get(i)).append(sum(report, rows, results.get(i))).append("件");
			}
			prose.append("。");
		}
		int heading = source.indexOf("二、主动公开政府信息情况");
		return source.substring(0, heading) + "\"\"\"\n" + prose + "\n\"\"\"\n" + source.substring(heading);
	}

	private static BigDecimal sum(org.govreport.dsl.model.Report report, List<String> rows, String column) {
		return rows.stream().map(row -> report.table("appeals").cell(row, column).value()).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static boolean isAppealResults(String source, List<Cell> pair) {
		return pair.stream().allMatch(cell -> cell.ref().table().equals("appeals") && !cell.ref().column().equals("total"));
	}

	static Stream<String> totalsBlank() {
		return Stream.of(NonZeroReports.of(2020, false), NonZeroReports.of(2022, false));
	}

	private static void assertOnLine(String slipped, Cell cell, boolean errorsOnly) {
		var findings = check(slipped).stream().filter(finding -> !errorsOnly || finding.isError()).toList();
		var where = "slip at line " + cell.range().line() + " " + cell.ref() + "\n" + render(findings);
		assertFalse(findings.isEmpty(), where);
		assertTrue(findings.stream().allMatch(finding -> finding.range().line() == cell.range().line()), where);
		assertTrue(findings.stream().allMatch(finding -> finding.fixValue() == null || !finding.fixValue().startsWith("-")), where);
	}

	private static void assertOnLineOrUnsure(String slipped, Cell cell) {
		var errors = check(slipped).stream().filter(Diagnostic::isError).toList();
		var where = "slip at line " + cell.range().line() + " " + cell.ref() + "\n" + render(errors);
		assertFalse(errors.isEmpty(), where);
		for (Diagnostic error : errors) {
			assertTrue(error.range().line() == cell.range().line() || error.fixValue() == null && error.message().contains("（或"),
					where);
		}
	}

	/**
	 * The exchanges a writer makes: two neighbouring figures, and a figure with the row's last one (its
	 * total, when written); equal figures exchanged change nothing. Pairs further apart behave the same
	 * and would only make the test slower.
	 */
	private static List<List<Cell>> swaps(List<Cell> row) {
		var pairs = new ArrayList<List<Cell>>();
		for (int i = 0; i + 1 < row.size(); i++) {
			pairs.add(List.of(row.get(i), row.get(i + 1)));
			if (i + 2 < row.size()) {
				pairs.add(List.of(row.get(i), row.get(row.size() - 1)));
			}
		}
		return pairs.stream().filter(pair -> pair.get(0).value().compareTo(pair.get(1).value()) != 0).toList();
	}

	private static List<Cell> cells(String source) {
		var report = report(source);
		return TABLES.stream().flatMap(table -> report.table(table).cells().stream()).filter(Cell::isWritten)
				.sorted(Comparator.comparingInt(cell -> cell.range().offset())).toList();
	}

	private static List<List<Cell>> rows(String source) {
		var rows = new ArrayList<List<Cell>>();
		for (Cell cell : cells(source)) {
			if (rows.isEmpty() || rows.get(rows.size() - 1).get(0).range().line() != cell.range().line()) {
				rows.add(new ArrayList<>());
			}
			rows.get(rows.size() - 1).add(cell);
		}
		return rows;
	}

	private static String withValue(String source, Cell cell, BigDecimal value) {
		var range = cell.range();
		return source.substring(0, range.offset()) + value.toPlainString() + source.substring(range.offset() + range.length());
	}

	private static String exchanged(String source, Cell first, Cell second) {
		var later = withValue(source, second, first.value());
		return withValue(later, first, second.value());
	}
}
