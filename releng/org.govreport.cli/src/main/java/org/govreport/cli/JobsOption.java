package org.govreport.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import org.govreport.headless.Workers;

/** The {@code -j N} option of check and build: how many reports are worked on at once. */
class JobsOption {

	@Spec(Spec.Target.MIXEE)
	private CommandSpec command;

	@Option(names = { "-j", "--jobs" }, paramLabel = "N",
			description = "Reports worked on at once; the output is the same whatever N. Default: one a processor (${DEFAULT-VALUE}).")
	private int jobs = Runtime.getRuntime().availableProcessors();

	/** Workers for a run of so many reports: never more than there are reports. */
	Workers workers(int reports) {
		return Workers.of(Math.min(count(), reports));
	}

	/** N, also how many formats of one report build renders at once. */
	int count() {
		if (jobs < 1) {
			throw new ParameterException(command.commandLine(), "-j: at least 1, not " + jobs);
		}
		return jobs;
	}
}
