package org.govreport.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.govreport.dsl.GovReportStandaloneSetup;

import com.google.inject.Injector;

/**
 * Measures what the editor and the command line do for every check of a long report: parse it with the
 * Xtext parser and run every validation (model assembly and all rules), warm. The report is an example
 * whose first section is lengthened with prose until the file has {@value #LINES} lines, so that it has
 * long prose and every table.
 */
public final class ValidationBenchmark {
	private static final int LINES = 2_000;
	private static final int WARM_UP = 100;
	private static final int RUNS = 200;

	private ValidationBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		String text = lengthen(Files.readString(Path.of(args[0])));
		Injector injector = new GovReportStandaloneSetup().createInjectorAndDoEMFRegistration();
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		List<Issue> issues = parseAndValidate(injector, validator, text);
		System.out.printf("%s lengthened to %d lines (%d chars), %d issues; Java %s, %d processors%n", args[0],
				text.split("\n", -1).length, text.length(), issues.size(), Runtime.version(),
				Runtime.getRuntime().availableProcessors());
		for (int i = 0; i < WARM_UP; i++) {
			parseAndValidate(injector, validator, text);
		}
		long[] nanos = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			parseAndValidate(injector, validator, text);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf("parse + validate, warm (%d warm-up runs, %d measured): median %.1f ms, p95 %.1f ms%n",
				WARM_UP, RUNS, nanos[RUNS / 2] / 1e6, nanos[RUNS * 95 / 100] / 1e6);
	}

	/** Repeats the first paragraph of prose until the file has the wanted number of lines. */
	private static String lengthen(String report) {
		int proseStart = report.indexOf("\"\"\"", report.indexOf("一、")) + 4;
		int proseEnd = report.indexOf('\n', proseStart) + 1;
		String paragraph = report.substring(proseStart, proseEnd);
		int missing = LINES - report.split("\n", -1).length;
		return report.substring(0, proseEnd) + paragraph.repeat(Math.max(0, missing)) + report.substring(proseEnd);
	}

	private static List<Issue> parseAndValidate(Injector injector, IResourceValidator validator, String text)
			throws IOException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("benchmark.govreport"));
		resource.load(new LazyStringInputStream(text, "UTF-8"), Map.of());
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}
}
