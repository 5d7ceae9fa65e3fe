package org.govreport.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.govreport.headless.ReportFiles;

import picocli.CommandLine.Parameters;

/** The FILE|DIR… operands that check, build and fmt share. */
class ReportPaths {

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Reports, or folders searched for *.govreport.")
	private List<Path> paths;

	/**
	 * Every path given and every report in the folders given, readable or not (reading says why not).
	 *
	 * @throws NoReportsException when the folders given hold no report at all
	 */
	List<Path> reports() throws NoReportsException {
		List<Path> found;
		try {
			found = ReportFiles.find(paths);
		} catch (IOException e) {
			throw new NoReportsException(e.getMessage());
		}
		if (found.isEmpty()) {
			throw new NoReportsException("no reports (*" + ReportFiles.EXTENSION + ") found in "
					+ paths.stream().map(Messages::name).collect(Collectors.joining(", ")));
		}
		return found;
	}
}
