package org.govreport.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.govreport.headless.ReportValidator;

/**
 * Measures the heap that 1,000 loaded and validated reports hold, as a language server with a large
 * workspace holds them: the examples copied until there are 1,000 files, each kept as its parsed
 * resource. The figure is the used heap after a full collection, minus the same figure before loading.
 */
public final class HeapBenchmark {
	private static final int REPORTS = 1_000;

	private HeapBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		List<Path> examples;
		try (Stream<Path> files = Files.list(Path.of(args[0]))) {
			examples = files.filter(file -> file.toString().endsWith(".govreport")).sorted().toList();
		}
		Path folder = Files.createTempDirectory("govreport-heap");
		try {
			measure(examples, folder);
		} finally {
			PathUtils.deleteDirectory(folder);
		}
	}

	private static void measure(List<Path> examples, Path folder) throws IOException {
		var validator = new ReportValidator();
		validator.check(examples.get(0)); // the injector and the templates are not what is measured
		long before = usedAfterCollection();
		var loaded = new ArrayList<XtextResource>();
		for (int i = 0; i < REPORTS; i++) {
			Path example = examples.get(i % examples.size());
			Path copy = Files.copy(example, folder.resolve(i + "-" + example.getFileName()));
			XtextResource resource = validator.load(copy);
			validator.check(copy, resource);
			loaded.add(resource);
		}
		long after = usedAfterCollection();
		System.out.printf("heap held by %d loaded and validated reports: %.1f MB (%.1f KB a report); Java %s, %d processors%n",
				loaded.size(), (after - before) / 1e6, (after - before) / 1e3 / loaded.size(), Runtime.version(),
				Runtime.getRuntime().availableProcessors());
	}

	private static long usedAfterCollection() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}
}
