package org.govreport.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.govreport.dsl.GovReportStandaloneSetup;
import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.headless.ReportBuilder;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.SourceLinesReader;

/**
 * Measures the renderers on the examples: the first document of each format in a fresh JVM (class
 * loading, font parsing, JIT-less code), then, once warm, the time per document per format (median and
 * 95th percentile over {@value #RUNS} renders of each example). Parsing is not included.
 */
public final class DocumentBenchmark {
	private static final int WARM_UP = 30;
	private static final int RUNS = 50;

	private DocumentBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		var reports = reports(Path.of(args.length > 0 ? args[0] : "examples"));
		System.out.printf("%d examples, Java %s, %d processors%n%n", reports.size(), Runtime.version(),
				Runtime.getRuntime().availableProcessors());
		System.out.println("first document (cold JVM, one render each, in this order):");
		for (DocumentFormat format : DocumentFormat.values()) {
			long start = System.nanoTime();
			render(reports.get(0), format);
			System.out.printf("  %-5s %8.1f ms%n", format, (System.nanoTime() - start) / 1e6);
		}
		System.out.printf("%nwarm, per document (%d warm-up renders, then %d measured, per example):%n", WARM_UP, RUNS);
		System.out.printf("  %-5s %10s %10s %10s%n", "", "median", "p95", "max-median");
		for (DocumentFormat format : DocumentFormat.values()) {
			var medians = new ArrayList<Double>();
			var p95s = new ArrayList<Double>();
			for (Report report : reports) {
				var nanos = measure(report, format);
				medians.add(nanos[RUNS / 2] / 1e6);
				p95s.add(nanos[RUNS * 95 / 100] / 1e6);
			}
			System.out.printf("  %-5s %7.2f ms %7.2f ms %7.2f ms%n", format, median(medians), median(p95s),
					medians.stream().mapToDouble(Double::doubleValue).max().orElse(0));
		}
	}

	private static long[] measure(Report report, DocumentFormat format) throws IOException {
		for (int i = 0; i < WARM_UP; i++) {
			render(report, format);
		}
		var nanos = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			render(report, format);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return nanos;
	}

	private static int render(Report report, DocumentFormat format) throws IOException {
		var out = new ByteArrayOutputStream(128 * 1024);
		ReportBuilder.renderer(format).render(report, out);
		return out.size();
	}

	private static double median(List<Double> values) {
		var sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	/** The examples through the language's own parser into the typed model. */
	private static List<Report> reports(Path folder) throws IOException {
		var injector = new GovReportStandaloneSetup().createInjectorAndDoEMFRegistration();
		var reports = new ArrayList<Report>();
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.filter(file -> file.toString().endsWith(".govreport")).sorted().toList();
		}
		for (Path file : files) {
			var resourceSet = injector.getInstance(XtextResourceSet.class);
			var resource = (XtextResource) resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
			try (InputStream in = Files.newInputStream(file)) {
				resource.load(in, Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			}
			var parsed = (org.govreport.dsl.govReport.Report) resource.getContents().get(0);
			reports.add(ReportAssembler.assemble(SourceLinesReader.read(parsed), file.getFileName().toString()).report());
		}
		if (reports.isEmpty()) {
			throw new IllegalArgumentException("no .govreport files in " + folder.toAbsolutePath());
		}
		return reports;
	}
}
