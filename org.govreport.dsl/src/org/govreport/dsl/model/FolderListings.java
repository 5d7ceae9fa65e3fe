package org.govreport.dsl.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The names of the files in a folder, listed once and shared by every report of that folder looking for
 * last year's: a run over a folder of N reports listed it N times, N² entries in all. A listing is used
 * again only while the folder's modification time is the one it had when listed, and only if that time
 * was already {@link #SETTLED_MILLIS} old then: a file added or removed later changes the folder's time,
 * and the margin covers file systems that keep that time coarsely (a second or two), on which a change
 * in the same tick as the listing would not show.
 */
public final class FolderListings {
	static final long SETTLED_MILLIS = 2_000;
	/** Folders remembered at once; a language server's workspace may have many, a run has few. */
	private static final int LIMIT = 256;
	private static final int YEAR_DIGITS = 4;
	private static final Map<Path, Listing> LISTINGS = new ConcurrentHashMap<>();

	private FolderListings() {
	}

	/**
	 * The names in a folder that contain a text, in no particular order.
	 *
	 * @throws IOException when the folder cannot be listed
	 */
	public static List<String> namesContaining(Path folder, String text) throws IOException {
		var modified = Files.getLastModifiedTime(folder);
		var listing = LISTINGS.get(folder);
		if (listing == null || !listing.stillTrue(modified)) {
			listing = Listing.of(folder, modified);
			if (LISTINGS.size() >= LIMIT) {
				LISTINGS.clear();
			}
			LISTINGS.put(folder, listing);
		}
		return listing.containing(text);
	}

	/**
	 * @param byYear the names holding each run of four digits (a year) they contain, so that finding the
	 *        reports of one year does not read every name of a folder of thousands
	 */
	private record Listing(FileTime modified, long listedAt, List<String> names, Map<String, List<String>> byYear) {
		static Listing of(Path folder, FileTime modified) throws IOException {
			long listedAt = System.currentTimeMillis();
			List<String> names;
			try (Stream<Path> files = Files.list(folder)) {
				names = files.map(file -> file.getFileName().toString()).toList();
			}
			var byYear = new HashMap<String, List<String>>();
			for (String name : names) {
				for (String year : fourDigitRuns(name)) {
					byYear.computeIfAbsent(year, key -> new ArrayList<>()).add(name);
				}
			}
			return new Listing(modified, listedAt, names, byYear);
		}

		boolean stillTrue(FileTime now) {
			return now.equals(modified) && listedAt - modified.toMillis() >= SETTLED_MILLIS;
		}

		List<String> containing(String text) {
			if (text.length() == YEAR_DIGITS && text.chars().allMatch(Character::isDigit)) {
				return byYear.getOrDefault(text, List.of());
			}
			return names.stream().filter(name -> name.contains(text)).toList();
		}

		/** Each distinct run of four consecutive digits in a name (20192 holds 2019 and 0192). */
		private static List<String> fourDigitRuns(String name) {
			var runs = new ArrayList<String>();
			int digits = 0;
			for (int i = 0; i < name.length(); i++) {
				digits = Character.isDigit(name.charAt(i)) ? digits + 1 : 0;
				if (digits >= YEAR_DIGITS) {
					var run = name.substring(i + 1 - YEAR_DIGITS, i + 1);
					if (!runs.contains(run)) {
						runs.add(run);
					}
				}
			}
			return runs;
		}
	}
}
