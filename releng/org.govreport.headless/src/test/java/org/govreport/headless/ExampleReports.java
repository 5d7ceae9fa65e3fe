package org.govreport.headless;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Real reports from the repository's examples, edited to carry one known problem each. */
public final class ExampleReports {
	public static final Path FOLDER = Path.of("../../examples");
	public static final Path JIANGCHENG_2020 = FOLDER.resolve("江城镇-2020.govreport");
	/** The four seed reports on the 2019-60 form; the fifth, 衡山镇, uses 2021-30 for 2020. */
	public static final List<Path> FORM_2019_60 = List.of("三江乡", "八桥镇", "江城镇", "町店镇").stream()
			.map(organ -> FOLDER.resolve(organ + "-2020.govreport")).toList();
	public static final Path HENGSHAN_2021_30 = FOLDER.resolve("衡山镇-2020.govreport");

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
