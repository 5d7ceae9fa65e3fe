package org.govreport.dsl.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where last year's report of the same organ is: the file named in 上年报告 (relative to this one), else
 * a .govreport file in the same folder whose name holds the organ and the previous year
 * (江城镇-2019.govreport). Absent is normal, not an error.
 */
public final class PreviousReports {
	private static final String EXTENSION = ".govreport";

	private PreviousReports() {
	}

	public static Optional<Path> locate(Path file, Report report) {
		var folder = file.toAbsolutePath().getParent();
		if (folder == null) {
			return Optional.empty();
		}
		if (report.previousReport() != null) {
			var named = folder.resolve(report.previousReport()).normalize();
			return Files.isRegularFile(named) ? Optional.of(named) : Optional.empty();
		}
		if (report.organ() == null || report.year() == null) {
			return Optional.empty();
		}
		var previousYear = String.valueOf(report.year() - 1);
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(candidate -> {
				var name = candidate.getFileName().toString();
				return name.endsWith(EXTENSION) && name.contains(report.organ()) && name.contains(previousYear);
			}).sorted().findFirst();
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}
