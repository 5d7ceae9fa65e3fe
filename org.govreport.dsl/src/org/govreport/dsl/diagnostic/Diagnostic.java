package org.govreport.dsl.diagnostic;

import org.govreport.dsl.model.source.SourceRange;

/**
 * One finding about a report, independent of Xtext, so that the editor, the command line and the
 * language server report the same thing.
 *
 * @param code a stable issue code from {@link IssueCodes}; quick fixes and tests key on it
 * @param message Chinese text for the official who wrote the report
 * @param range where the finding points: the exact cell, label or field
 * @param fixValue the value to write instead, when one is known ("set to 12"), else null
 */
public record Diagnostic(Severity severity, String code, String message, SourceRange range, String fixValue) {

	public static Diagnostic error(String code, String message, SourceRange range) {
		return new Diagnostic(Severity.ERROR, code, message, range, null);
	}

	public static Diagnostic warning(String code, String message, SourceRange range) {
		return new Diagnostic(Severity.WARNING, code, message, range, null);
	}

	public Diagnostic withFix(String value) {
		return new Diagnostic(severity, code, message, range, value);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** One line: {@code ERROR 12:5 govreport.balance.R1 message [→ 12]}; what tests and the CLI print. */
	@Override
	public String toString() {
		var place = range == null ? "?" : range.line() + ":" + range.column();
		return severity + " " + place + " " + code + " " + message + (fixValue == null ? "" : " [→ " + fixValue + "]");
	}
}
