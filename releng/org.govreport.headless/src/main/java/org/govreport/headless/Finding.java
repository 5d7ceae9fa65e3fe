package org.govreport.headless;

import java.nio.file.Path;

import org.eclipse.xtext.validation.Issue;
import org.govreport.dsl.diagnostic.Severity;

/**
 * One problem in one report file, as every headless output prints it. Lines and columns count from 1;
 * the end is the column just after the last character of the marked text.
 *
 * @param fixValue the value that would make the marked text right (a total's computed sum), or null
 */
public record Finding(Path file, int line, int column, int endLine, int endColumn, Severity severity, String code,
		String message, String fixValue) {

	static Finding of(Path file, Issue issue) {
		int line = orOne(issue.getLineNumber());
		int column = orOne(issue.getColumn());
		int endLine = issue.getLineNumberEnd() == null ? line : issue.getLineNumberEnd();
		int endColumn = issue.getColumnEnd() == null ? column : issue.getColumnEnd();
		Severity severity = switch (issue.getSeverity()) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		default -> Severity.INFO;
		};
		String[] data = issue.getData();
		// the first issue datum is the replacement text; empty when the fix is no replacement (a section to add)
		String fixValue = data != null && data.length > 0 && data[0] != null && !data[0].isEmpty() ? data[0] : null;
		return new Finding(file, line, column, endLine, endColumn, severity, issue.getCode(), issue.getMessage(),
				fixValue);
	}

	/** The same finding, its file named otherwise. */
	public Finding in(Path otherName) {
		return new Finding(otherName, line, column, endLine, endColumn, severity, code, message, fixValue);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** Information (last year's report not found): no fault of the report, never failing a run. */
	public boolean isInfo() {
		return severity == Severity.INFO;
	}

	private static int orOne(Integer value) {
		return value == null || value < 1 ? 1 : value;
	}
}
