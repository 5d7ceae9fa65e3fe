package org.govreport.dsl.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves a set of staged files over their targets all together or not at all: each target that exists is
 * kept aside first (a hard link, so it never disappears from its name), and when one move fails, the
 * targets already replaced get their earlier content back (or are removed, when they were new). A
 * report's documents are therefore never a mix of this build's and the last one's.
 */
final class ReplacementSet {
	private final Map<Path, Path> stagedByTarget;

	/** @param stagedByTarget each target and the temporary file that replaces it, in the order to move them */
	ReplacementSet(Map<Path, Path> stagedByTarget) {
		this.stagedByTarget = stagedByTarget;
	}

	/** @return the targets, all replaced; on failure none is, and the exception says which one failed */
	List<Path> replace() throws IOException {
		Map<Path, Optional<Path>> keptAside = new LinkedHashMap<>();
		try {
			for (var entry : stagedByTarget.entrySet()) {
				Path target = entry.getKey();
				keptAside.put(target, keepAside(target));
				TemporaryFiles.moveInto(entry.getValue(), target);
			}
			return List.copyOf(stagedByTarget.keySet());
		} catch (IOException | RuntimeException e) {
			putBack(keptAside, e);
			keptAside.clear();
			throw e;
		} finally {
			for (Optional<Path> kept : keptAside.values()) {
				if (kept.isPresent()) {
					TemporaryFiles.delete(kept.get());
				}
			}
		}
	}

	private static Optional<Path> keepAside(Path target) throws IOException {
		if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.empty();
		}
		Path kept = TemporaryFiles.reserve(target.toAbsolutePath().getParent());
		if (Files.isSymbolicLink(target)) {
			Files.copy(target, kept, LinkOption.NOFOLLOW_LINKS);
			return Optional.of(kept);
		}
		try {
			Files.createLink(kept, target);
		} catch (UnsupportedOperationException | IOException e) {
			// file systems without hard links: a copy keeps the content, if not the inode
			Files.copy(target, kept, StandardCopyOption.COPY_ATTRIBUTES);
		}
		return Optional.of(kept);
	}

	/** Undoes the moves done so far, newest first; what cannot be undone is added to the failure. */
	private static void putBack(Map<Path, Optional<Path>> keptAside, Exception failure) {
		List<Path> targets = new ArrayList<>(keptAside.keySet());
		Collections.reverse(targets);
		for (Path target : targets) {
			try {
				Optional<Path> kept = keptAside.get(target);
				if (kept.isPresent()) {
					TemporaryFiles.moveInto(kept.get(), target);
				} else if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
					Files.deleteIfExists(target);
				}
			} catch (IOException | RuntimeException e) {
				failure.addSuppressed(e);
			}
		}
	}
}
