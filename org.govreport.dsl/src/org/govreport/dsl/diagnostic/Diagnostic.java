package org.govreport.dsl.diagnostic;

import org.govreport.dsl.parsing.source.SourceRange;

/**
 * One finding about a report, independent of Xtext, so that the editor, the command line and the
 * language server report the same thing.
 *
 * @param code a stable issue code from {@link IssueCodes}; quick fixes and tests key on it
 * @param message Chinese text for the official who wrote the report
 * @param range where the finding points: the exact cell, label or field
 * @param fix what would mend it, as data for quick fixes, or null
 */
public record Diagnostic(Severity severity, String code, String message, SourceRange range, Fix fix) {

	public static Diagnostic error(String code, String message, SourceRange range) {
		return new Diagnostic(Severity.ERROR, code, message, range, null);
	}

	public static Diagnostic warning(String code, String message, SourceRange range) {
		return new Diagnostic(Severity.WARNING, code, message, range, null);
	}

	public static Diagnostic info(String code, String message, SourceRange range) {
		return new Diagnostic(Severity.INFO, code, message, range, null);
	}

	/** With the value to write instead ("set to 12"); a null value leaves the finding without a fix. */
	public Diagnostic withFix(String value) {
		return value == null ? this : withFix(new Fix(Fix.Kind.SET_VALUE, value));
	}

	public Diagnostic withFix(Fix mending) {
		return new Diagnostic(severity, code, message, range, mending);
	}

	/** The value to write instead of the marked text, when one is known ("set to 12"), else null. */
	public String fixValue() {
		return fix != null && fix.kind() == Fix.Kind.SET_VALUE ? fix.value() : null;
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** One line: {@code ERROR 12:5 govreport.balance.R1 message [→ 12]}; what tests and the CLI print. */
	@Override
	public String toString() {
		var place = range == null ? "?" : range.line() + ":" + range.column();
		return severity + " " + place + " " + code + " " + message + (fixValue() == null ? "" : " [→ " + fixValue() + "]");
	}
}
