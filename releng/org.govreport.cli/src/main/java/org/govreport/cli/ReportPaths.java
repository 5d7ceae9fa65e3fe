package org.govreport.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.govreport.headless.ReportFiles;

import picocli.CommandLine.Parameters;

/** The FILE|DIR… operands that check, build and fmt share. */
class ReportPaths {

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Reports, or folders searched for *.govreport.")
	private List<Path> paths;

	/** @throws IOException naming the path, when one is neither a file nor a folder */
	List<Path> reports() throws IOException {
		return ReportFiles.find(paths);
	}
}
