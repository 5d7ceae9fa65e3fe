package org.govreport.dsl.ide.codeactions;

import java.util.List;

import org.govreport.dsl.diagnostic.Fix;

/**
 * A reported problem as a fix needs it: its code, its span and the fix the checks attached to it (null
 * when none); never its message.
 */
public record ProblemAt(String code, int offset, int length, Fix fix) {

	/** From the issue data as a diagnostic carries it back from a client or a marker. */
	public static ProblemAt of(String code, int offset, int length, List<String> data) {
		return new ProblemAt(code, offset, length, Fix.fromIssueData(data).orElse(null));
	}
}
