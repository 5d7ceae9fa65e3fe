package org.govreport.cli.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.govreport.cli.lsp.LanguageServerSession;

/**
 * Measures the packaged language server as an editor meets it, on a report of about 2,000 lines (a real
 * report whose 总体情况 runs to ~1,900 lines of prose): the time from a didChange to the diagnostics for
 * it, and the times a completion and a hover request take; and how long the server takes to answer
 * initialize in a workspace of 200 more reports (checked in the background afterwards). Prints medians
 * and the slowest of each; checks nothing.
 *
 * <pre>java -cp govreport.jar:test-classes org.govreport.cli.benchmark.LanguageServerBenchmark govreport.jar examples/江城镇-2020.govreport</pre>
 */
public final class LanguageServerBenchmark {
	private static final int WARM_UP = 5;
	private static final int ROUNDS = 30;
	private static final int WORKSPACE_REPORTS = 200;
	/** Completion is cheap: many requests, so that the median says something on a busy machine. */
	private static final int COMPLETIONS = 300;
	private static final String ROW = "一、本年新收政府信息公开申请数量 | ";
	private static final String PROSE_START = "一、总体情况\n\"\"\"\n";

	public static void main(String[] args) throws Exception {
		try (var scratch = new ScratchWorkspace("govreport-lsp-benchmark")) {
			measure(Path.of(args[0]), Path.of(args[1]), scratch.folder());
		}
		System.exit(0);
	}

	private static void measure(Path jar, Path exampleFile, Path workspace) throws Exception {
		String report = longReport(Files.readString(exampleFile), 2000);
		Path file = Files.writeString(workspace.resolve("江城镇-2020.govreport"), report);
		String example = Files.readString(exampleFile);
		for (int i = 1; i <= WORKSPACE_REPORTS; i++) {
			Path folder = Files.createDirectories(workspace.resolve("乡镇" + i % 10));
			Files.writeString(folder.resolve("机关" + i + "-2020.govreport"), example.replace("机关：江城镇", "机关：机关" + i));
		}
		System.out.printf(Locale.ROOT, "report: %d lines%n", report.split("\n", -1).length - 1);
		long spawned = System.nanoTime();
		try (LanguageServerSession session = LanguageServerSession.start(jar, workspace, capabilities -> {
			WindowClientCapabilities window = new WindowClientCapabilities();
			window.setWorkDoneProgress(true);
			capabilities.setWindow(window);
		})) {
			System.out.printf(Locale.ROOT,
					"initialize answered %.0f ms after spawn, %d reports in the workspace (java -jar, no start-up cache)%n",
					(System.nanoTime() - spawned) / 1e6, WORKSPACE_REPORTS + 1);
			session.awaitTold("progress end");
			System.out.printf(Locale.ROOT, "workspace checked in the background %.0f ms after spawn%n",
					(System.nanoTime() - spawned) / 1e6);
			session.open(file, report);
			session.nextDiagnostics(file);
			List<Double> changes = new ArrayList<>();
			for (int round = 0; round < WARM_UP + ROUNDS; round++) {
				// Alternate between a balanced and an unbalanced table, as a writer typing a figure does.
				boolean unbalanced = round % 2 == 0;
				String edited = unbalanced ? report.replace(ROW + "0", ROW + "1") : report;
				long start = System.nanoTime();
				session.change(file, round + 2, edited);
				session.awaitDiagnostics(file, published -> LanguageServerSession.noProblems(published) != unbalanced);
				record(changes, round, start);
			}
			int rowLine = lineOf(report, ROW);
			TextDocumentIdentifier document = new TextDocumentIdentifier(file.toUri().toString());
			String row = report.split("\n", -1)[rowLine];
			// before the figure the row's 总计 cell holds: its computed value and 0 are offered
			CompletionParams atTheTotal = new CompletionParams(document, new Position(rowLine, row.lastIndexOf('|') + 2));
			ProcessHandle server = ProcessHandle.current().children().findFirst().orElseThrow();
			Duration cpuBefore = server.info().totalCpuDuration().orElse(Duration.ZERO);
			List<Double> completions = completionTimes(session, atTheTotal);
			// CPU time hardly depends on what else the machine runs; wall-clock time does, a lot
			double cpuPerRequest = server.info().totalCpuDuration().orElse(Duration.ZERO).minus(cpuBefore).toNanos() / 1e6
					/ (WARM_UP + COMPLETIONS);
			HoverParams onTheCell = new HoverParams(document, new Position(rowLine, ROW.length()));
			List<Double> hovers = new ArrayList<>();
			for (int round = 0; round < WARM_UP + ROUNDS; round++) {
				long start = System.nanoTime();
				session.await(session.server().getTextDocumentService().hover(onTheCell));
				record(hovers, round, start);
			}
			print("didChange → diagnostics", changes);
			print("completion (a total's cell)", completions);
			System.out.printf(Locale.ROOT, "completion: the server's CPU time %.1f ms a request%n", cpuPerRequest);
			print("hover", hovers);
		}
	}

	/** The report with its 总体情况 prose grown to make the whole file about {@code lines} long. */
	static String longReport(String report, int lines) {
		int missing = lines - (report.split("\n", -1).length - 1);
		StringBuilder prose = new StringBuilder();
		for (int line = 1; line <= missing; line++) {
			prose.append("（").append(line).append("）本年度第 ").append(line)
					.append(" 项公开工作：按照条例要求，及时在政府网站公开相关信息，接受社会监督。\n");
		}
		return report.replace(PROSE_START, PROSE_START + prose);
	}

	private static List<Double> completionTimes(LanguageServerSession session, CompletionParams params) throws Exception {
		List<Double> times = new ArrayList<>();
		for (int round = 0; round < WARM_UP + COMPLETIONS; round++) {
			long start = System.nanoTime();
			session.await(session.server().getTextDocumentService().completion(params));
			record(times, round, start);
		}
		return times;
	}

	private static int lineOf(String text, String start) {
		String before = text.substring(0, text.indexOf(start));
		return before.split("\n", -1).length - 1;
	}

	private static void record(List<Double> times, int round, long start) {
		double millis = (System.nanoTime() - start) / 1e6;
		if (round >= WARM_UP) {
			times.add(millis);
		}
	}

	private static void print(String what, List<Double> times) {
		List<Double> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		System.out.printf(Locale.ROOT, "%s: median %.1f ms, slowest %.1f ms (%d rounds after %d warm-up)%n", what,
				sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.size(), WARM_UP);
	}

	private LanguageServerBenchmark() {
	}
}
