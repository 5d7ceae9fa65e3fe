package org.govreport.dsl.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where last year's report may be: the file named in 上年报告 (relative to this one), else the .govreport
 * files in the same folder whose name holds the previous year. Which of those is the report of the same
 * organ is decided by what each declares (机关, 年度), not by its name: 大渡口区-2019 is not the last year
 * of 大渡口区八桥镇-2020.
 */
public final class PreviousReports {
	private static final String EXTENSION = ".govreport";

	private PreviousReports() {
	}

	/** The file 上年报告 names, whether or not it exists; empty when the header names none. */
	public static Optional<Path> named(Path file, Report report) {
		var folder = file.toAbsolutePath().getParent();
		return report.previousReport() == null || folder == null ? Optional.empty()
				: Optional.of(folder.resolve(report.previousReport()).normalize());
	}

	/** Report files beside this one whose name holds the previous year, in name order. */
	public static List<Path> candidates(Path file, Report report) {
		var folder = file.toAbsolutePath().getParent();
		if (folder == null || report.organ() == null || report.year() == null) {
			return List.of();
		}
		var previousYear = String.valueOf(report.year() - 1);
		var self = file.toAbsolutePath().normalize();
		try {
			return FolderListings.namesContaining(folder, previousYear).stream().filter(name -> name.endsWith(EXTENSION))
					.map(folder::resolve).filter(candidate -> !candidate.normalize().equals(self)).sorted().toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	/** Whether a report read from a candidate file is last year's report of this organ. */
	public static boolean isLastYearOf(Report candidate, Report report) {
		return candidate.organ() != null && candidate.organ().strip().equals(report.organ().strip())
				&& candidate.year() != null && candidate.year() == report.year() - 1;
	}
}
