package org.govreport.cli.readme;

import java.util.List;

/**
 * A shell session shown in README: commands ({@code $ …} lines) each followed by the output README
 * promises, opted in by a {@code <!-- transcript … -->} comment right above the fenced block.
 *
 * @param line where the block starts in README (1-based), to name it in a failure
 * @param heading the README section it belongs to
 * @param setup shell commands that prepare the folder before the commands run (empty when none)
 * @param json whether each output is compared as JSON, because README shows it laid out otherwise
 * @param skipReason why the block is not run here, or null when it is run
 */
record Transcript(int line, String heading, String setup, boolean json, String skipReason, List<Step> steps) {

	/** One command and the lines README shows after it. */
	record Step(String command, List<String> output) {
	}

	/** The block as README shows it, for comparing a run with it as a whole. */
	String text() {
		return text(steps);
	}

	static String text(List<Step> steps) {
		StringBuilder text = new StringBuilder();
		for (Step step : steps) {
			text.append("$ ").append(step.command()).append('\n');
			step.output().forEach(line -> text.append(line).append('\n'));
		}
		return text.toString();
	}

	String name() {
		return "README.md:" + line + " (" + heading + ")";
	}
}
