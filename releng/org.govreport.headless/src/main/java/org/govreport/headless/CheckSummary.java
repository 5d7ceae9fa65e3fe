package org.govreport.headless;

import java.util.List;

/** Counts over a whole run, and whether it fails: errors always do, warnings only when strict, information never. */
public record CheckSummary(int files, int errors, int warnings) {
	public static final CheckSummary NONE = new CheckSummary(0, 0, 0);

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

	/** These counts and one more report's. */
	public CheckSummary plus(CheckedReport report) {
		CheckSummary one = of(List.of(report));
		return new CheckSummary(files + 1, errors + one.errors, warnings + one.warnings);
	}

	public boolean fails(boolean strict) {
		return errors > 0 || strict && warnings > 0;
	}
}
