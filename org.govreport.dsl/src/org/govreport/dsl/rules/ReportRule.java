package org.govreport.dsl.rules;

import java.util.List;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.model.Report;

/** One check on one report. */
@FunctionalInterface
public interface ReportRule {
	List<Diagnostic> check(Report report);
}
