package org.govreport.headless;

import java.util.List;

/** Counts over a whole run, and whether it fails: errors always do, warnings only when strict, information never. */
public record CheckSummary(int files, int errors, int warnings) {

	public static CheckSummary of(List<CheckedReport> reports) {
		int errors = 0;
		int warnings = 0;
		for (CheckedReport report : reports) {
			for (Finding finding : report.findings()) {
				if (finding.isError()) {
					errors++;
				} else if (!finding.isInfo()) {
					warnings++;
				}
			}
		}
		return new CheckSummary(reports.size(), errors, warnings);
	}

	public boolean fails(boolean strict) {
		return errors > 0 || strict && warnings > 0;
	}
}
