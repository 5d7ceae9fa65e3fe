package org.govreport.cli;

import static org.govreport.headless.ExampleReports.edit;
import static org.govreport.headless.ExampleReports.jiangcheng2020;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build stopped by Ctrl+C (SIGINT) or by {@code kill} (SIGTERM) while it writes leaves no temporary file
 * behind (issue 11, item 11). The signal is sent the moment a temporary file is seen in the output folder.
 */
class InterruptedBuildIT {
	private static final Path JAR = Path.of(System.getProperty("govreport.jar", "target/govreport.jar")).toAbsolutePath();
	private static final int REPORTS = 40;

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "INT", "TERM" })
	void aSignalWhileWritingLeavesNoTemporaryFile(String signal) throws IOException, InterruptedException {
		Path reports = Files.createDirectory(folder.resolve("reports"));
		for (int i = 0; i < REPORTS; i++) {
			Files.writeString(reports.resolve("镇" + i + "-2020.govreport"), edit(jiangcheng2020(), "机关：江城镇", "机关：镇" + i));
		}
		Path out = Files.createDirectory(folder.resolve("out"));
		Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				JAR.toString(), "build", reports.toString(), "-o", out.toString()).redirectErrorStream(true)
				.redirectOutput(folder.resolve("log").toFile()).start();

		assertTrue(awaitTemporary(out, build), "a temporary file was seen while the build ran");
		Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(build.pid())).inheritIO().start();
		assertEquals(0, kill.waitFor());
		assertTrue(build.waitFor(60, TimeUnit.SECONDS), "the build stopped");
		assertEquals(List.of(), BuildFailuresTest.temporaries(out), Files.readString(folder.resolve("log")));
	}

	private static boolean awaitTemporary(Path out, Process build) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline && build.isAlive()) {
			if (!BuildFailuresTest.temporaries(out).isEmpty()) {
				return true;
			}
			Thread.sleep(1);
		}
		return false;
	}
}
