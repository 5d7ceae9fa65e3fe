package org.govreport.headless;

import java.nio.file.Path;
import java.util.List;

/** A report file and what checking it found, in source order. */
public record CheckedReport(Path file, List<Finding> findings) {

	public boolean hasErrors() {
		return findings.stream().anyMatch(Finding::isError);
	}
}
