package org.govreport.headless;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes that a reader (an editor, a build, a second run) never sees half done. */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/** Writes the text beside the file first, then moves it over the file in one step. */
	public static void write(Path file, String text) throws IOException {
		write(file, text.getBytes(StandardCharsets.UTF_8));
	}

	/** The same for bytes (a workbook). */
	public static void write(Path file, byte[] bytes) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path partial = Files.createTempFile(folder, "." + file.getFileName(), ".partial");
		try {
			Files.write(partial, bytes);
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(partial);
		}
	}
}
