package org.govreport.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.documents.RendererWarmUp;
import org.govreport.headless.ReportBuilder;
import org.govreport.headless.ReportBuilder.BuiltReport;
import org.govreport.headless.ReportBuilder.Prepared;
import org.govreport.headless.Workers;
import org.govreport.headless.InOrder;

/**
 * A build run on several workers with the outcome of the sequential run: reports are read and checked
 * ahead, and written, on the workers; whether a report's documents would take the names of an earlier
 * one's is decided in run order, once the earlier documents of those names are written (a write that
 * failed claims no name, as before); and each report's outcome is handed over in run order.
 */
final class OrderedBuild {
	/** What became of one report, in run order. */
	interface Outcomes {
		void starting(Path file);

		void built(Path file, BuiltReport built);

		void failed(Path file, IOException e);
	}

	private record Writing(Path file, List<Path> targets, Future<BuiltReport> result) {
	}

	private final ReportBuilder builder;
	private final Workers workers;
	private final List<DocumentFormat> formats;
	private final Deque<Writing> writing = new ArrayDeque<>();
	private final Map<Path, Future<BuiltReport>> writeOfTarget = new HashMap<>();

	/**
	 * @param renderers how many formats of one report are rendered at once
	 * @param formats   the formats to be built, whose renderers start warming up at once: this thread then
	 *                  waits for the language's set-up on another, and a core would idle meanwhile
	 */
	OrderedBuild(Workers workers, int renderers, List<DocumentFormat> formats) {
		this.workers = workers;
		this.formats = formats;
		RendererWarmUp.start(formats);
		this.builder = new ReportBuilder(renderers, LanguageStartup.validator()).warmUpStarted();
	}

	void run(List<Path> files, Path folder, boolean force, Outcomes outcomes) {
		InOrder<Prepared> prepared = new InOrder<>(files, workers, file -> builder.prepare(file, formats, folder, force));
		while (prepared.hasNext()) {
			Path file = prepared.nextFile();
			outcomes.starting(file);
			try {
				writing.add(write(file, prepared.take()));
			} catch (IOException e) {
				writing.add(new Writing(file, List.of(), CompletableFuture.failedFuture(e)));
			}
			// the writes in flight are bounded too: one a worker
			while (!writing.isEmpty() && (writing.size() > workers.count() || writing.peek().result().isDone())) {
				handOver(writing.poll(), outcomes);
			}
		}
		while (!writing.isEmpty()) {
			handOver(writing.poll(), outcomes);
		}
	}

	private Writing write(Path file, Prepared report) {
		for (Path target : report.targets()) {
			Future<BuiltReport> earlier = writeOfTarget.get(target);
			if (earlier != null) {
				awaitQuietly(earlier);
			}
		}
		Path sameNames = builder.earlierSource(report);
		if (sameNames != null) {
			return new Writing(file, List.of(), CompletableFuture.completedFuture(report.notBuilt(sameNames)));
		}
		Future<BuiltReport> result = workers.submit(() -> builder.write(report));
		report.targets().forEach(target -> writeOfTarget.put(target, result));
		return new Writing(file, report.targets(), result);
	}

	private void handOver(Writing done, Outcomes outcomes) {
		try {
			outcomes.built(done.file(), Workers.await(done.result()));
		} catch (IOException e) {
			outcomes.failed(done.file(), e);
		}
		// written or not, the builder now knows which names it took
		done.targets().forEach(target -> writeOfTarget.remove(target, done.result()));
	}

	/** Its failure, if any, is reported in its own turn. */
	private static void awaitQuietly(Future<BuiltReport> write) {
		try {
			Workers.await(write);
		} catch (IOException | RuntimeException e) {
			// reported when that report's turn comes
		}
	}
}
