package org.govreport.dsl.ide.editing;

import java.util.List;

/** A diagnostic in plain values, so that an editor host needs no Xtext types to show it. */
public record EditorProblem(Severity severity, String message, String code, int offset, int length, int line,
		int column, List<String> data) {

	public enum Severity {
		ERROR, WARNING, INFO
	}
}
