package org.govreport.headless;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Which reports a list of command-line or build paths names: files as given, folders searched. */
public final class ReportFiles {
	public static final String EXTENSION = ".govreport";

	private ReportFiles() {
	}

	/**
	 * @return the files named, then every {@code *.govreport} below each folder named, in path order so
	 *         that output is the same on every machine
	 * @throws IOException naming the path, when a path is neither a file nor a folder
	 */
	public static List<Path> find(List<Path> paths) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> found = Files.walk(path)) {
					found.filter(ReportFiles::isReport).sorted().forEach(files::add);
				}
			} else if (Files.isRegularFile(path)) {
				files.add(path);
			} else {
				throw new IOException(path + ": no such file or folder");
			}
		}
		return files;
	}

	private static boolean isReport(Path path) {
		return path.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(path);
	}
}
