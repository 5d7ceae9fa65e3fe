package org.govreport.headless;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.govreport.dsl.generator.DocumentFormat;

/** The example reports built by the real builder, once per test class, into a folder of the test's. */
final class BuiltExamples {
	static final Path EXAMPLES = Path.of("../../examples");

	private BuiltExamples() {
	}

	/** The document of each format for each example, by example file name. */
	static Map<String, List<Path>> build(Path folder, DocumentFormat... formats) {
		var built = new LinkedHashMap<String, List<Path>>();
		var builder = new ReportBuilder();
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			for (Path file : files.filter(file -> file.toString().endsWith(".govreport")).sorted().toList()) {
				built.put(file.getFileName().toString(), builder.build(file, List.of(formats), folder, false).written());
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return built;
	}
}
