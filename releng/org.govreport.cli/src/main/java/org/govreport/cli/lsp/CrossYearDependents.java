package org.govreport.cli.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The reports whose cross-year rules (R7–R9) read a given report as last year's: the reports beside it
 * whose name holds the next year (the rules' own way of finding last year's report), and the open ones
 * whose 上年报告 names it. A change to the given report re-checks these.
 */
final class CrossYearDependents {
	private static final Pattern YEAR_FIELD = Pattern.compile("(?m)^\\s*年度\\s*[：:]\\s*(\\d{4})");
	private static final Pattern YEAR_IN_NAME = Pattern.compile("(\\d{4})");
	private static final String PREVIOUS_FIELD = "上年报告";

	private CrossYearDependents() {
	}

	/** @param text the report's current text (the editor's when it is open), null to read it from disk */
	static Set<Path> of(Path lastYear, String text, List<Path> openFiles, Function<Path, Optional<String>> openText) {
		Set<Path> dependents = new LinkedHashSet<>();
		Path folder = lastYear.toAbsolutePath().getParent();
		if (folder == null) {
			return dependents;
		}
		String name = lastYear.getFileName().toString();
		year(text != null ? text : read(lastYear), name).ifPresent(year -> {
			String next = String.valueOf(year + 1);
			try (Stream<Path> files = Files.list(folder)) {
				files.filter(file -> {
					String fileName = file.getFileName().toString();
					return fileName.endsWith(ReportFolders.EXTENSION) && fileName.contains(next) && !file.equals(lastYear);
				}).sorted().forEach(dependents::add);
			} catch (IOException e) {
				// A folder that cannot be listed has no report to re-check.
			}
		});
		for (Path open : openFiles) {
			if (!open.equals(lastYear) && folder.equals(open.getParent())
					&& openText.apply(open).filter(openedText -> namesAsPrevious(openedText, name)).isPresent()) {
				dependents.add(open);
			}
		}
		return dependents;
	}

	private static boolean namesAsPrevious(String text, String fileName) {
		return text.lines().anyMatch(line -> line.strip().startsWith(PREVIOUS_FIELD) && line.contains(fileName));
	}

	private static Optional<Integer> year(String text, String fileName) {
		Matcher field = YEAR_FIELD.matcher(text == null ? "" : text);
		Matcher inName = YEAR_IN_NAME.matcher(fileName);
		if (field.find()) {
			return Optional.of(Integer.parseInt(field.group(1)));
		}
		return inName.find() ? Optional.of(Integer.parseInt(inName.group(1))) : Optional.empty();
	}

	private static String read(Path file) {
		try {
			return Files.size(file) > (2 << 20) ? null : Files.readString(file);
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}
}
