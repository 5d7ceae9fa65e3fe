package org.govreport.headless;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Why a path cannot be read as a report, in words, found without opening it: opening a FIFO for reading
 * waits for a writer forever, and a device may never end.
 */
final class ReadableFiles {
	/** File type bits of a Unix mode (st_mode & S_IFMT), as the "unix:mode" attribute gives them. */
	private static final int TYPE_BITS = 0170000;
	private static final int FIFO = 0010000;
	private static final int CHARACTER_DEVICE = 0020000;
	private static final int BLOCK_DEVICE = 0060000;
	private static final int SOCKET = 0140000;

	private ReadableFiles() {
	}

	/** @throws IOException "〈file〉: cannot read: 〈why〉", unless the file is a regular file */
	static void requireRegularFile(Path file) throws IOException {
		if (Files.isRegularFile(file)) {
			return;
		}
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new IOException(file + ": no such file or folder");
		}
		throw new IOException(file + ": cannot read: " + kind(file));
	}

	/** The reason an I/O failure gives, without the file name Java repeats in its message. */
	static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof NoSuchFileException) {
			return "no such file or folder";
		}
		if (e instanceof FileSystemException failure && failure.getReason() != null) {
			return failure.getReason();
		}
		return e.getMessage();
	}

	private static String kind(Path file) {
		if (!Files.exists(file)) {
			return "a symbolic link to nothing";
		}
		if (Files.isDirectory(file)) {
			return Files.isReadable(file) ? "is a folder" : "permission denied (a folder)";
		}
		int type;
		try {
			type = (Integer) Files.getAttribute(file, "unix:mode") & TYPE_BITS;
		} catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
			return "not a regular file";
		}
		return switch (type) {
		case FIFO -> "is a FIFO (named pipe), not a report file";
		case CHARACTER_DEVICE, BLOCK_DEVICE -> "is a device, not a report file";
		case SOCKET -> "is a socket, not a report file";
		default -> "not a regular file";
		};
	}
}
