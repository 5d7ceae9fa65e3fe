package org.govreport.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** One govreport invocation in-process, with what it printed on each stream. */
record CommandLineRun(int exitCode, String out, String err) {

	static CommandLineRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine commandLine = GovReportCommand.commandLine();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		int exitCode = commandLine.execute(args);
		return new CommandLineRun(exitCode, out.toString(), err.toString());
	}

	/**
	 * Without check's information lines (last year's report not found, as in a test's fresh folder): what
	 * "checks clean" compares.
	 */
	CommandLineRun withoutInformation() {
		return new CommandLineRun(exitCode, out.lines().filter(line -> !line.contains(": info [")).map(line -> line + "\n")
				.collect(java.util.stream.Collectors.joining()), err);
	}
}
