package org.govreport.dsl.rules;

import java.util.List;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.model.Report;

/** One check comparing a report with the same organ's report of the year before. */
@FunctionalInterface
public interface CrossYearCheck {
	List<Diagnostic> check(Report report, Report previous);
}
