package org.govreport.headless;

import java.nio.file.Path;
import java.util.List;

/** A report file and what checking it found, in source order. */
public record CheckedReport(Path file, List<Finding> findings) {

	public boolean hasErrors() {
		return findings.stream().anyMatch(Finding::isError);
	}

	/**
	 * Without the information findings (last year's report not found): what commands other than check
	 * print, since they are about documents or figures, not about what the cross-year rules could see.
	 */
	public CheckedReport withoutInformation() {
		return new CheckedReport(file, findings.stream().filter(finding -> !finding.isInfo()).toList());
	}

	/** The same findings with the file named relative to a folder, e.g. the repository root for SARIF. */
	public CheckedReport relativeTo(Path base) {
		Path relative = base.toAbsolutePath().relativize(file.toAbsolutePath());
		return new CheckedReport(relative, findings.stream().map(finding -> finding.in(relative)).toList());
	}
}
