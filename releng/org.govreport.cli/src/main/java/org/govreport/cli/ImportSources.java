package org.govreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files `import` reads: those named, and in a named folder every published report (.pdf, .html,
 * .htm, .docx, .txt), in name order; and how large each kind of file may be.
 */
final class ImportSources {
	private static final Set<String> REPORT_EXTENSIONS = Set.of("pdf", "html", "htm", "docx", "txt");
	/** A PDF or Word file carries pictures and fonts; a report's own text is well under a megabyte. */
	private static final long LARGEST_PACKAGED = 64L << 20;
	/** Text and web pages hold little besides the report; as check refuses a report file over 2 MiB. */
	private static final long LARGEST_TEXT = 8L << 20;
	/** check reads at most 2 MiB of a report (ReportText); an import is refused before it writes a larger one. */
	static final long LARGEST_REPORT_BYTES = 2L << 20;

	private final List<Path> missing = new ArrayList<>();

	List<Path> expand(List<Path> inputs) {
		var files = new ArrayList<Path>();
		for (Path input : inputs) {
			if (Files.isDirectory(input)) {
				try {
					files.addAll(reportsIn(input));
				} catch (IOException e) {
					missing.add(input);
				}
			} else if (Files.isRegularFile(input)) {
				files.add(input);
			} else {
				missing.add(input);
			}
		}
		return files;
	}

	List<Path> missing() {
		return missing;
	}

	static long largestSource(Path file) {
		var extension = extension(file);
		return extension.equals("pdf") || extension.equals("docx") ? LARGEST_PACKAGED : LARGEST_TEXT;
	}

	private static List<Path> reportsIn(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith("."))
					.filter(file -> REPORT_EXTENSIONS.contains(extension(file))).sorted().toList();
		}
	}

	private static String extension(Path file) {
		var name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
