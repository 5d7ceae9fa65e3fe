package org.govreport.dsl.validation;

import java.util.List;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.model.Report;

/**
 * What was found for the cross-year rules: last year's report (null when there is none, which is normal)
 * and the warnings that say why a report the user pointed at, or two that fit, were not used, or the
 * information that none was found.
 */
public record LastYear(Report report, List<Diagnostic> diagnostics) {
	static final LastYear NONE = new LastYear(null, List.of());

	/** None found: the information that names the file looked for. */
	static LastYear notFound(Diagnostic information) {
		return new LastYear(null, List.of(information));
	}

	static LastYear unusable(Diagnostic warning) {
		return new LastYear(null, List.of(warning));
	}
}
