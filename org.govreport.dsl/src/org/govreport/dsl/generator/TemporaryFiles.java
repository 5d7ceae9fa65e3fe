package org.govreport.dsl.generator;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The temporary files written beside a file before it is moved into place. Their names are short
 * ({@code .govreport-〈pid〉-〈random〉.tmp}, about 35 bytes), so that a legal final name, however long,
 * never makes an illegal temporary one, and carry the writing process, so that a later run can tell its
 * own leftovers (from a killed process) from the files of a build still running. Those still open when
 * the JVM is stopped (Ctrl+C, SIGTERM) are deleted by a shutdown hook.
 */
public final class TemporaryFiles {
	private static final Pattern OURS = Pattern.compile("\\.govreport-(\\d+)-[0-9a-z]+\\.tmp");
	/** A process id may be reused: a leftover this old is stale whoever has the id now. */
	private static final Duration STALE_AFTER = Duration.ofDays(1);
	private static final long PID = ProcessHandle.current().pid();
	private static final Random RANDOM = new SecureRandom();
	private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
	private static final Set<Path> CLEANED = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFiles::deleteOpen, "govreport temporary files"));
	}

	private TemporaryFiles() {
	}

	/**
	 * Creates an empty temporary file in the folder. Its mode follows the umask, as any new file's does
	 * (not {@code Files.createTempFile}'s owner-only 0600, which would carry over to the published file).
	 */
	public static Path create(Path folder) throws IOException {
		while (true) {
			Path file = reserve(folder);
			try {
				Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
				return file;
			} catch (FileAlreadyExistsException e) {
				OPEN.remove(file);
			} catch (IOException e) {
				OPEN.remove(file);
				throw e;
			}
		}
	}

	/** A fresh temporary name in the folder, deleted at exit unless moved or deleted before; no file is made. */
	public static Path reserve(Path folder) {
		Path file = folder.resolve(".govreport-" + PID + "-" + Long.toString(RANDOM.nextLong() >>> 1, 36) + ".tmp");
		OPEN.add(file);
		return file;
	}

	/** Moves a temporary file over its target, atomically where the file system can. */
	public static void moveInto(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
		OPEN.remove(temporary);
	}

	public static void delete(Path temporary) throws IOException {
		Files.deleteIfExists(temporary);
		OPEN.remove(temporary);
	}

	/**
	 * Deletes the temporary files of earlier runs left in a folder: named as ours, and written by a
	 * process that has ended (or long ago). Other files, and those of a run still going, are left alone.
	 * Each folder is looked at once a process: a build of a thousand reports lists its output folder once.
	 */
	public static void deleteStale(Path folder) {
		if (!Files.isDirectory(folder) || !CLEANED.add(folder.toAbsolutePath().normalize())) {
			return;
		}
		try (Stream<Path> files = Files.list(folder)) {
			files.filter(TemporaryFiles::isStale).forEach(TemporaryFiles::deleteQuietly);
		} catch (IOException | RuntimeException e) {
			// cleaning up is a courtesy: a folder that cannot be listed fails later, with a message, where it matters
		}
	}

	static boolean isStale(Path file) {
		Matcher name = OURS.matcher(file.getFileName().toString());
		if (!name.matches() || !Files.isRegularFile(file)) {
			return false;
		}
		long pid;
		try {
			pid = Long.parseLong(name.group(1));
		} catch (NumberFormatException e) {
			return true;
		}
		boolean running = pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
		return !running || olderThan(file, STALE_AFTER);
	}

	private static boolean olderThan(Path file, Duration age) {
		try {
			FileTime modified = Files.getLastModifiedTime(file);
			return modified.toInstant().isBefore(Instant.now().minus(age));
		} catch (IOException e) {
			return false;
		}
	}

	private static void deleteOpen() {
		OPEN.forEach(TemporaryFiles::deleteQuietly);
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// at exit or while tidying, there is no one left to tell
		}
	}
}
