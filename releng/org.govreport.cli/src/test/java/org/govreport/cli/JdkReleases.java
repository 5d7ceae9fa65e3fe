package org.govreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The JDKs installed side by side in a folder, told apart by their {@code release} files. */
final class JdkReleases {
	private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

	private JdkReleases() {
	}

	/** The JDK of the highest feature version at least {@code feature} with a java command, if any. */
	static Optional<Path> newestFrom(int feature, Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return Optional.empty();
		}
		try (Stream<Path> homes = Files.list(folder)) {
			return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")))
					.filter(home -> featureOf(home) >= feature).max(Comparator.comparingInt(JdkReleases::featureOf));
		}
	}

	private static int featureOf(Path home) {
		try {
			Matcher version = VERSION.matcher(Files.readString(home.resolve("release")));
			return version.find() ? Integer.parseInt(version.group(1)) : 0;
		} catch (IOException e) {
			return 0;
		}
	}
}
