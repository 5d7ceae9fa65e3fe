package org.govreport.dsl.tests;

/**
 * One row of a table-driven test: a sample report with one piece replaced, and every diagnostic the
 * result must get, rendered as {@link org.govreport.dsl.diagnostic.Diagnostic#toString()} renders it.
 */
public record EditCase(String name, String base, String piece, String replacement, String... expected) {

	public void expect() {
		ReportTesting.expectDiagnostics(ReportTesting.edit(base, piece, replacement), expected);
	}

	@Override
	public String toString() {
		return name;
	}
}
