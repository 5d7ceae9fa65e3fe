package org.govreport.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.model.Assembly;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.rules.ReportChecker;

/**
 * Assertions in the style of the Xtext language-server tests: diagnostics are rendered one a line and
 * compared whole, so a test shows exactly what the user will see, and any extra finding fails it.
 */
public final class ReportTesting {
	public static final String FILE = "测试镇-2020.govreport";

	private ReportTesting() {
	}

	public static Assembly assemble(String source) {
		return ReportAssembler.assemble(ParsedLines.of(source), FILE);
	}

	public static Report report(String source) {
		return assemble(source).report();
	}

	public static List<Diagnostic> check(String source) {
		return ReportChecker.check(ParsedLines.of(source), FILE, null);
	}

	public static String render(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
	}

	/** Each expected line as {@link Diagnostic#toString()} renders it; the whole list must match. */
	public static void expectDiagnostics(String source, String... expected) {
		assertEquals(String.join("\n", expected), render(check(source)));
	}

	public static void expectNoDiagnostics(String source) {
		expectDiagnostics(source);
	}

	public static void expectNoErrors(List<Diagnostic> diagnostics) {
		assertEquals("", render(diagnostics.stream().filter(Diagnostic::isError).toList()));
	}

	/** The base text with one piece replaced; fails if the piece is not there, so edits cannot silently miss. */
	public static String edit(String base, String piece, String replacement) {
		assertTrue(base.contains(piece), "sample does not contain: " + piece);
		return base.replace(piece, replacement);
	}
}
