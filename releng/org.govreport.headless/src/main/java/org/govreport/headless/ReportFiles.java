package org.govreport.headless;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Which reports a list of command-line or build paths names: files as given, folders searched. Nothing
 * is dropped for being unreadable: a path that does not exist, a folder that cannot be listed, or a FIFO
 * or device named {@code *.govreport} is in the list too, so that reading it says why it cannot be read.
 */
public final class ReportFiles {
	public static final String EXTENSION = ".govreport";

	private ReportFiles() {
	}

	/**
	 * @return the paths named, then every {@code *.govreport} below each folder named (and each folder that
	 *         could not be listed), in path order so that output is the same on every machine
	 */
	public static List<Path> find(List<Path> paths) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				List<Path> found = new ArrayList<>();
				Files.walkFileTree(path, new ReportCollector(found));
				found.stream().sorted().forEach(files::add);
			} else {
				files.add(path);
			}
		}
		return files;
	}

	private static final class ReportCollector extends SimpleFileVisitor<Path> {
		private final List<Path> found;

		ReportCollector(List<Path> found) {
			this.found = found;
		}

		@Override
		public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
			// not only regular files: a FIFO or a device with a report's name is reported, not silently skipped
			if (file.getFileName().toString().endsWith(EXTENSION) && !Files.isDirectory(file)) {
				found.add(file);
			}
			return FileVisitResult.CONTINUE;
		}

		@Override
		public FileVisitResult visitFileFailed(Path file, IOException e) {
			if (file.getFileName().toString().endsWith(EXTENSION) || Files.isDirectory(file)) {
				found.add(file);
			}
			return FileVisitResult.CONTINUE;
		}
	}
}
