package org.govreport.cli;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.xtext.validation.Issue;

/** file:line:col: severity [code] message — the form editors and CI annotate. */
final class GccStyle {

	private GccStyle() {
	}

	static String format(Path file, Issue issue) {
		String code = issue.getCode() == null ? "" : " [" + issue.getCode() + "]";
		return file + ":" + orOne(issue.getLineNumber()) + ":" + orOne(issue.getColumn()) + ": "
				+ issue.getSeverity().name().toLowerCase(Locale.ROOT) + code + " " + issue.getMessage();
	}

	private static int orOne(Integer value) {
		return value == null ? 1 : value;
	}
}
