package org.govreport.headless;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;

import org.govreport.dsl.generator.TemporaryFiles;

/**
 * Writes that a reader (an editor, a build, a second run) never sees half done, and that leave the file
 * otherwise as it was: a symbolic link stays a link (its target is rewritten), an existing file keeps its
 * mode and, where the user may set them, its owner and group; a new file gets the mode the umask gives.
 */
public final class AtomicFiles {
	private static final int MAX_LINKS = 40;

	private AtomicFiles() {
	}

	/**
	 * Writes the text beside the file first, then moves it over the file in one step.
	 *
	 * @throws IOException naming the file, when it is read-only (it is then left unchanged) or cannot be written
	 */
	public static void write(Path file, String text) throws IOException {
		Path target = linkTarget(file);
		Path folder = target.toAbsolutePath().getParent();
		TemporaryFiles.deleteStale(folder);
		PosixFileAttributes before = existing(target);
		if (before != null && (readOnly(before) || !Files.isWritable(target))) {
			throw new IOException(file + ": read-only file; left unchanged (make it writable first)");
		}
		Path partial = null;
		try {
			Files.createDirectories(folder);
			partial = TemporaryFiles.create(folder);
			Files.writeString(partial, text, StandardCharsets.UTF_8);
			if (before != null) {
				keepModeAndOwner(before, partial);
			}
			TemporaryFiles.moveInto(partial, target);
		} catch (IOException e) {
			throw new IOException(file + ": cannot write: " + ReadableFiles.reason(e), e);
		} finally {
			if (partial != null) {
				TemporaryFiles.delete(partial);
			}
		}
	}

	/** The file a path finally names, following symbolic links, even to a target not yet there. */
	private static Path linkTarget(Path file) throws IOException {
		Path target = file;
		for (int links = 0; Files.isSymbolicLink(target); links++) {
			if (links == MAX_LINKS) {
				throw new IOException(file + ": too many levels of symbolic links");
			}
			Path parent = target.toAbsolutePath().getParent();
			target = parent.resolve(Files.readSymbolicLink(target));
		}
		return target;
	}

	private static PosixFileAttributes existing(Path target) throws IOException {
		if (!Files.exists(target)) {
			return null;
		}
		if (!Files.isRegularFile(target)) {
			throw new IOException(target + ": not a regular file; left unchanged");
		}
		PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
		return view == null ? null : view.readAttributes();
	}

	/** No write bit at all (chmod a-w), which even the superuser, who may write anyway, is asked to respect. */
	private static boolean readOnly(PosixFileAttributes attributes) {
		var mode = attributes.permissions();
		return !mode.contains(PosixFilePermission.OWNER_WRITE) && !mode.contains(PosixFilePermission.GROUP_WRITE)
				&& !mode.contains(PosixFilePermission.OTHERS_WRITE);
	}

	private static void keepModeAndOwner(PosixFileAttributes before, Path partial) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(partial, PosixFileAttributeView.class,
				LinkOption.NOFOLLOW_LINKS);
		view.setPermissions(before.permissions());
		try {
			view.setGroup(before.group());
			view.setOwner(before.owner());
		} catch (IOException e) {
			// only the superuser may give a file away; the file is then the writer's, as any edited file is
		}
	}
}
