package org.govreport.dsl.tests;

import java.util.Arrays;
import java.util.List;

import org.govreport.dsl.parsing.source.SourceLine;
import org.govreport.dsl.rules.ReportChecker;

/**
 * Not a test: measures how long assembling and checking a 2,000-line report takes once the JVM is warm
 * (the figure the README quotes). Run its main; parsing is not included, the Xtext parser is measured
 * separately.
 */
public final class ValidationBenchmark {
	private static final int LINES = 2_000;
	private static final int WARM_UP = 300;
	private static final int RUNS = 200;

	private ValidationBenchmark() {
	}

	public static void main(String[] args) {
		var text = longReport();
		var lines = ParsedLines.of(text);
		for (int i = 0; i < WARM_UP; i++) {
			check(lines);
		}
		var nanos = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			check(lines);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf("%d lines: median %.2f ms, 95th percentile %.2f ms%n", text.split("\n").length, nanos[RUNS / 2] / 1e6,
				nanos[RUNS * 95 / 100] / 1e6);
	}

	private static void check(List<SourceLine> lines) {
		if (ReportChecker.check(lines, "benchmark.govreport", null).stream().anyMatch(diagnostic -> diagnostic.isError())) {
			throw new IllegalStateException("the benchmark report should be valid");
		}
	}

	/** The sample report with section 一 grown to 2,000 lines of prose quoting figures. */
	static String longReport() {
		var prose = new StringBuilder();
		int base = SampleReports.V2019.split("\n").length;
		for (int i = 0; i < LINES - base; i++) {
			prose.append("（").append(i % 9 + 1).append("）第").append(i)
					.append("段：本年新收政府信息公开申请7件，行政复议2件，持续推进政务公开标准化规范化工作，回应社会关切。\n");
		}
		return SampleReports.V2019.replace("（一）主动公开情况\n", "（一）主动公开情况\n" + prose);
	}
}
