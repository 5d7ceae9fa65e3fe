package org.govreport.cli.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a transcript's commands one after another in one bash session, as a reader would type them in a
 * folder holding a copy of {@code examples/} and {@code ./govreport} (which runs the repository's
 * launcher), and records what each printed, standard output and error together as a terminal shows them.
 */
final class TranscriptRun {
	private static final long TIMEOUT_MINUTES = 5;

	private final Path repository;
	private final Path folder;
	private final Path outputs;

	TranscriptRun(Path repository, Path temp) throws IOException {
		this.repository = repository;
		this.folder = Files.createDirectories(temp.resolve("work"));
		this.outputs = Files.createDirectories(temp.resolve("outputs"));
	}

	/** @return each command with what it printed */
	List<Transcript.Step> run(Transcript transcript) throws IOException, InterruptedException {
		prepareFolder();
		StringBuilder script = new StringBuilder("cd " + quote(folder) + " || exit 100\n");
		if (!transcript.setup().isEmpty()) {
			script.append("{\n").append(transcript.setup()).append("\n} || exit 101\n");
		}
		script.append("status=0\n");
		List<Transcript.Step> steps = transcript.steps();
		for (int i = 0; i < steps.size(); i++) {
			// Each command sees the exit status of the one before, so that README's `echo $?` tells the truth.
			script.append("(exit $status); { ").append(steps.get(i).command()).append("\n} >")
					.append(quote(outputs.resolve(Integer.toString(i)))).append(" 2>&1; status=$?\n");
		}
		int exit = bash(script.toString());
		if (exit == 100 || exit == 101) {
			throw new IllegalStateException(transcript.name() + ": its setup failed (exit " + exit + ")");
		}
		List<Transcript.Step> printed = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			printed.add(new Transcript.Step(steps.get(i).command(), Files.readString(outputs.resolve(Integer.toString(i))).lines().toList()));
		}
		return printed;
	}

	private void prepareFolder() throws IOException {
		Path examples = Files.createDirectories(folder.resolve("examples"));
		try (var reports = Files.list(repository.resolve("examples"))) {
			for (Path report : reports.toList()) {
				Files.copy(report, examples.resolve(report.getFileName().toString()));
			}
		}
		Path launcher = Files.writeString(folder.resolve("govreport"),
				"#!/bin/sh\nexec " + quote(repository.resolve("govreport")) + " \"$@\"\n");
		launcher.toFile().setExecutable(true);
	}

	private int bash(String script) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true)
				.redirectOutput(outputs.resolve("session").toFile());
		Map<String, String> environment = builder.environment();
		environment.keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANGUAGE"));
		// A reader's terminal: UTF-8, so that Chinese file names pass through the JVM unharmed.
		environment.put("LANG", "C.UTF-8");
		// For a setup that takes a file from elsewhere in the repository.
		environment.put("REPOSITORY", repository.toString());
		Process process = builder.start();
		if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("the transcript did not finish in " + TIMEOUT_MINUTES + " minutes");
		}
		return process.exitValue();
	}

	private static String quote(Path path) {
		return "'" + path.toString().replace("'", "'\\''") + "'";
	}
}
