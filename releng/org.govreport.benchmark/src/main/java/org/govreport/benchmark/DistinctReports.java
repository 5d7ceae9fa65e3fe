package org.govreport.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes any number of distinct reports made from the examples, for the scale benchmark: report i is
 * example i mod 5 with an organ of its own (the example's, then i spelt in 天干 characters, so that no
 * file name holds a year other than the report's) and a figure of section 二 changed to one that no rule
 * ties to another cell, so that every report checks as its example does and no two have the same text.
 * They go into folders of {@value #PER_FOLDER}, as a province's reports are filed by county.
 * <p>
 * Usage (no build needed): {@code java DistinctReports.java EXAMPLES_DIR OUT_DIR COUNT}
 */
public final class DistinctReports {
	private static final int PER_FOLDER = 1_000;
	private static final String DIGITS = "甲乙丙丁戊己庚辛壬癸";
	private static final Pattern ORGAN = Pattern.compile("(?m)^机关：(.*)$");
	/** 2019-60: the procurement row; 2021-30: the 行政处罚 decisions. Neither enters a balance. */
	private static final Pattern PROCUREMENT = Pattern.compile("(?m)^政府集中采购 \\| \\d+ \\| [^\\n]*$");
	private static final Pattern PENALTIES = Pattern.compile("(?m)^行政处罚 \\| 0$");

	private DistinctReports() {
	}

	public static void main(String[] args) throws IOException {
		List<String> examples;
		try (Stream<Path> files = Files.list(Path.of(args[0]))) {
			examples = files.filter(file -> file.toString().endsWith(".govreport")).sorted().map(DistinctReports::read)
					.toList();
		}
		Path out = Path.of(args[1]);
		int count = Integer.parseInt(args[2]);
		for (int i = 0; i < count; i++) {
			String example = examples.get(i % examples.size());
			Matcher organ = ORGAN.matcher(example);
			if (!organ.find()) {
				throw new IllegalArgumentException("an example without 机关");
			}
			String name = organ.group(1).strip() + spelt(i);
			String text = organ.replaceFirst("机关：" + Matcher.quoteReplacement(name));
			text = PROCUREMENT.matcher(text).replaceFirst("政府集中采购 | " + (i % 97) + " | " + (1000 + i));
			text = PENALTIES.matcher(text).replaceFirst("行政处罚 | " + i);
			Path folder = out.resolve(String.format("%03d", i / PER_FOLDER));
			Files.createDirectories(folder);
			Files.writeString(folder.resolve(name + "-2020.govreport"), text, StandardCharsets.UTF_8);
		}
	}

	private static String spelt(int number) {
		StringBuilder spelt = new StringBuilder();
		String digits = Integer.toString(number);
		for (char digit : digits.toCharArray()) {
			spelt.append(DIGITS.charAt(digit - '0'));
		}
		return spelt.toString();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
