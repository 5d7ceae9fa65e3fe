package org.govreport.cli.lsp;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The reports of a workspace: every {@code *.govreport} below its folders, except in folders that hold
 * what tools write or fetch (build output, documents, node packages) and hidden ones (.git, editor state):
 * a copy of a report there is no report the user writes, and walking them costs the start-up.
 */
final class ReportFolders {
	static final String EXTENSION = ".govreport";
	private static final Set<String> SKIPPED = Set.of("target", "out", "documents", "node_modules", "src-gen");

	private ReportFolders() {
	}

	/** @param documentsFolder the folder documents are built into, skipped too when it is named otherwise */
	static List<Path> reports(List<Path> roots, String documentsFolder) {
		List<Path> found = new ArrayList<>();
		for (Path root : roots) {
			try {
				Files.walkFileTree(root, new SimpleFileVisitor<>() {
					@Override
					public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
						String name = folder.getFileName() == null ? "" : folder.getFileName().toString();
						boolean skipped = !folder.equals(root)
								&& (name.startsWith(".") || SKIPPED.contains(name) || name.equals(documentsFolder));
						return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
						if (attributes.isRegularFile() && file.getFileName().toString().endsWith(EXTENSION)) {
							found.add(file);
						}
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFileFailed(Path file, IOException e) {
						return FileVisitResult.CONTINUE;
					}
				});
			} catch (IOException e) {
				// A root that cannot be walked holds no report the server can check.
			}
		}
		found.sort(null);
		return found;
	}
}
