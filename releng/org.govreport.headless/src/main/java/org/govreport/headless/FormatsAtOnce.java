package org.govreport.headless;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.generator.DocumentRenderer;
import org.govreport.dsl.model.Report;

/**
 * Renders a report's formats side by side on a few threads, into memory, and hands them to the
 * document writer as renderers that copy out what was rendered, in the writer's own order: a build of
 * one report to five formats takes about as long as its slowest format instead of all five, most of which
 * is each library's first use in a fresh JVM. A renderer that fails fails where the writer asks for it,
 * with what it threw, as if it had run there.
 */
final class FormatsAtOnce {
	private final ExecutorService threads;

	FormatsAtOnce(int count) {
		this.threads = Executors.newFixedThreadPool(count, task -> {
			Thread thread = new Thread(task, "govreport renderer");
			// a run that ends, or is interrupted, does not wait for them
			thread.setDaemon(true);
			return thread;
		});
	}

	Function<DocumentFormat, DocumentRenderer> start(Report report, List<DocumentFormat> formats,
			Function<DocumentFormat, DocumentRenderer> renderers) {
		Map<DocumentFormat, CompletableFuture<byte[]>> rendering = new EnumMap<>(DocumentFormat.class);
		for (DocumentFormat format : formats) {
			rendering.put(format, CompletableFuture.supplyAsync(() -> render(renderers.apply(format), report), threads));
		}
		return format -> (ignored, out) -> out.write(await(rendering.get(format)));
	}

	private static byte[] render(DocumentRenderer renderer, Report report) {
		var bytes = new ByteArrayOutputStream();
		try {
			renderer.render(report, bytes);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private static byte[] await(CompletableFuture<byte[]> rendered) throws IOException {
		try {
			return rendered.join();
		} catch (CompletionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof UncheckedIOException io) {
				throw io.getCause();
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw e;
		}
	}
}
