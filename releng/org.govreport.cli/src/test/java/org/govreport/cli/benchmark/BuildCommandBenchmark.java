package org.govreport.cli.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.govreport.cli.lsp.LanguageServerSession;

/**
 * Times {@code govreport.build} in the packaged language server, as an editor's code lens runs it: a
 * workspace holding one example, the command run again and again on it (the default formats), each call's wall
 * time and the server's CPU time over all calls. Prints them; checks nothing.
 *
 * <pre>java -cp govreport.jar:test-classes org.govreport.cli.benchmark.BuildCommandBenchmark govreport.jar examples/江城镇-2020.govreport [rounds]</pre>
 */
public final class BuildCommandBenchmark {

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
		try (var scratch = new ScratchWorkspace("govreport-build-benchmark")) {
			measure(jar, scratch.folder(), Path.of(args[1]), rounds);
		}
		System.exit(0);
	}

	private static void measure(Path jar, Path workspace, Path example, int rounds) throws Exception {
		Path report = Files.copy(example, workspace.resolve(example.getFileName()));
		var build = new ExecuteCommandParams("govreport.build", List.of(report.toUri().toString()));
		try (LanguageServerSession session = LanguageServerSession.start(jar, workspace, capabilities -> {
			WindowClientCapabilities window = new WindowClientCapabilities();
			window.setWorkDoneProgress(true);
			capabilities.setWindow(window);
		})) {
			session.awaitTold("progress end");
			ProcessHandle server = ProcessHandle.current().children().findFirst().orElseThrow();
			Duration cpuBefore = server.info().totalCpuDuration().orElse(Duration.ZERO);
			List<Double> times = new ArrayList<>();
			for (int round = 0; round < rounds; round++) {
				long start = System.nanoTime();
				session.await(session.server().getWorkspaceService().executeCommand(build));
				times.add((System.nanoTime() - start) / 1e6);
			}
			double cpu = server.info().totalCpuDuration().orElse(Duration.ZERO).minus(cpuBefore).toNanos() / 1e6;
			List<Double> sorted = new ArrayList<>(times.subList(1, times.size()));
			Collections.sort(sorted);
			System.out.printf(Locale.ROOT, "govreport.build: first %.0f ms, then median %.0f ms, slowest %.0f ms (%d calls);"
					+ " the server's CPU %.0f ms a call%n", times.get(0), sorted.get(sorted.size() / 2),
					sorted.get(sorted.size() - 1), rounds, cpu / rounds);
		}
	}

	private BuildCommandBenchmark() {
	}
}
