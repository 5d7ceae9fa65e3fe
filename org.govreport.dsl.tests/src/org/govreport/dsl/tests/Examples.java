package org.govreport.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's examples/*.govreport: the five seed reports written in the language. */
public final class Examples {
	private Examples() {
	}

	/** The folder sits at the repository root; tests run from the root or from the test bundle. */
	public static List<Path> files() throws IOException {
		var folder = Stream.of(Path.of("examples"), Path.of("../examples")).filter(Files::isDirectory).findFirst();
		assertTrue(folder.isPresent(), "examples folder not found from " + Path.of("").toAbsolutePath());
		try (Stream<Path> files = Files.list(folder.get())) {
			return files.filter(path -> path.toString().endsWith(".govreport")).sorted().toList();
		}
	}
}
