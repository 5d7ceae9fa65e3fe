package org.govreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import org.govreport.headless.NativeNames;

/**
 * The training run of the launcher's start-up cache: the JVM records every class this run loads, and
 * later runs map them ready-made instead of reading and verifying them from the jar. So it does what
 * users run: check in each output format, and build to every format, both commands in one JVM (an
 * archive records one run). Usage: {@code StartupTraining EXAMPLES_DIR SCRATCH_DIR}; prints nothing.
 */
public final class StartupTraining {

	private StartupTraining() {
	}

	public static void main(String[] args) throws IOException {
		GovReportCommand.configureLibraries();
		String examples = args[0];
		String scratch = Path.of(args[1]).resolve("out").toString();
		for (String format : List.of("text", "json", "sarif")) {
			run("check", "--format", format, examples);
		}
		run("build", examples, "--to", "html,docx,pdf,txt,json,ofd", "-o", scratch);
		System.exit(0);
	}

	/** As {@code main} runs a command, the injector started early included, so the archive holds that path. */
	private static void run(String... args) throws IOException {
		PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
		// the classes main loads first: from the jar, they would have it opened (30,000 entries read) before
		// the injector's thread starts
		NativeNames.utf8();
		Utf8Relaunch.arguments(args);
		LanguageStartup.startFor(args);
		GovReportCommand.commandLine(args).setOut(nowhere).setErr(nowhere).execute(args);
	}
}
