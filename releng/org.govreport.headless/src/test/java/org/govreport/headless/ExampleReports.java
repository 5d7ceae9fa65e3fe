package org.govreport.headless;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real reports from the repository's examples, edited to carry one known problem each. */
public final class ExampleReports {
	public static final Path JIANGCHENG_2020 = Path.of("../../examples/江城镇-2020.govreport");

	private ExampleReports() {
	}

	public static String jiangcheng2020() {
		try {
			return Files.readString(JIANGCHENG_2020);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** @throws IllegalArgumentException when the text to replace is not there, so a stale edit fails loudly */
	public static String edit(String source, String from, String to) {
		if (!source.contains(from)) {
			throw new IllegalArgumentException("not in the report: " + from);
		}
		return source.replace(from, to);
	}
}
