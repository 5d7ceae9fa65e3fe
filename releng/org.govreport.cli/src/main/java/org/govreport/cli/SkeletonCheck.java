package org.govreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govreport.headless.Finding;
import org.govreport.headless.ReportValidator;

/** Checks a new report before it is written, on its own: last year's report cannot matter to a report of zeros. */
final class SkeletonCheck {

	private SkeletonCheck() {
	}

	/** @return the errors check would report in the text, named after the file it is meant for */
	static List<Finding> findings(Path file, String text) throws IOException {
		Path alone = Files.createTempDirectory("govreport-new");
		try {
			return new ReportValidator().check(alone.resolve(file.getFileName()), text).findings().stream()
					.filter(Finding::isError).map(finding -> finding.in(file)).toList();
		} finally {
			Files.delete(alone);
		}
	}
}
