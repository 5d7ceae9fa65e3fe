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

	/**
	 * Files are named by a short form of the organ (衡山镇-2019 for 霍山县衡山镇), so either name may
	 * contain the other.
	 */
	private static boolean isReportOf(String fileName, String organ, String year) {
		if (!fileName.endsWith(EXTENSION) || !fileName.contains(year)) {
			return false;
		}
		var named = fileName.substring(0, fileName.length() - EXTENSION.length()).replaceAll("[\\d\\s_\\-－—]", "");
		return !named.isEmpty() && (organ.contains(named) || named.contains(organ));
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
			return files.filter(candidate -> isReportOf(candidate.getFileName().toString(), report.organ(), previousYear))
					.sorted().findFirst();
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}
