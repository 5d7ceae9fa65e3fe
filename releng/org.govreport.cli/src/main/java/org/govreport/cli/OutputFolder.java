package org.govreport.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Checks an output folder option before anything is read or written. */
final class OutputFolder {

	private OutputFolder() {
	}

	/**
	 * @throws ParameterException (exit 2) for an empty path, which would quietly mean the current folder,
	 *         and for a path that exists and is not a folder (a file, /dev/null)
	 */
	static void require(CommandLine commandLine, String option, Path folder) {
		if (folder == null) {
			return;
		}
		if (folder.toString().isEmpty()) {
			throw new ParameterException(commandLine, option + ": empty path; give a folder (. for the current one)");
		}
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new ParameterException(commandLine, option + " " + Messages.name(folder) + ": not a folder");
		}
	}
}
