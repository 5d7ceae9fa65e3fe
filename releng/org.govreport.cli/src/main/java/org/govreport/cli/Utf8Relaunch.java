package org.govreport.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.govreport.headless.NativeNames;

/**
 * Runs the command again in a JVM started under the C.UTF-8 locale when this one was started under a
 * locale that cannot name Chinese files (see {@link NativeNames}). The arguments are not passed on the
 * new command line: this JVM has already decoded them as ASCII and cannot encode them again. The new one
 * reads them, as bytes, from this process's /proc/〈pid〉/cmdline instead. Where that cannot work (no
 * /proc, a JVM path that is not ASCII), the command stops with a sentence saying what to set.
 */
final class Utf8Relaunch {
	private static final String PARENT = "GOVREPORT_ARGUMENTS_OF";
	private static final String COUNT = "GOVREPORT_ARGUMENT_COUNT";
	private static final String LOCALE = "C.UTF-8";

	private Utf8Relaunch() {
	}

	/** @return the exit status of the command run in a UTF-8 JVM, or nothing when this JVM will do */
	static OptionalInt runUnderUtf8(String[] args) {
		if (NativeNames.utf8()) {
			return OptionalInt.empty();
		}
		Optional<List<String>> command = System.getenv(PARENT) == null ? ownCommand() : Optional.empty();
		if (command.isEmpty() || !Files.isReadable(Path.of("/proc/self/cmdline"))) {
			System.err.println("govreport: " + NativeNames.ADVICE);
			return OptionalInt.of(ExitCodes.USAGE);
		}
		ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
		builder.environment().put("LC_ALL", LOCALE);
		builder.environment().put(PARENT, Long.toString(ProcessHandle.current().pid()));
		builder.environment().put(COUNT, Integer.toString(args.length));
		try {
			Process process = builder.start();
			// SIGTERM to this process reaches the other through this hook (Ctrl+C reaches both anyway)
			Thread stop = new Thread(process::destroy);
			Runtime.getRuntime().addShutdownHook(stop);
			int exit = process.waitFor();
			Runtime.getRuntime().removeShutdownHook(stop);
			return OptionalInt.of(exit);
		} catch (IOException e) {
			System.err.println("govreport: " + NativeNames.ADVICE);
			return OptionalInt.of(ExitCodes.USAGE);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return OptionalInt.of(ExitCodes.USAGE);
		}
	}

	/** The arguments as typed: in a relaunched JVM, read from the first one's command line, as UTF-8. */
	static String[] arguments(String[] args) throws IOException {
		String parent = System.getenv(PARENT);
		if (parent == null || !NativeNames.utf8()) {
			return args;
		}
		byte[] cmdline = Files.readAllBytes(Path.of("/proc", parent, "cmdline"));
		List<String> all = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < cmdline.length; i++) {
			if (cmdline[i] == 0) {
				all.add(new String(cmdline, start, i - start, StandardCharsets.UTF_8));
				start = i + 1;
			}
		}
		int count = Integer.parseInt(System.getenv(COUNT));
		return all.subList(all.size() - count, all.size()).toArray(String[]::new);
	}

	/** This JVM's command (java, its options, class path, main class), when it is all plain ASCII. */
	private static Optional<List<String>> ownCommand() {
		Optional<String> java = ProcessHandle.current().info().command();
		if (java.isEmpty()) {
			return Optional.empty();
		}
		List<String> command = new ArrayList<>();
		command.add(java.get());
		command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
		command.addAll(Arrays.asList("-cp", System.getProperty("java.class.path"), GovReportCommand.class.getName()));
		boolean ascii = command.stream().allMatch(part -> part.chars().allMatch(c -> c < 0x80));
		return ascii ? Optional.of(command) : Optional.empty();
	}
}
