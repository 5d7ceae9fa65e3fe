package org.govreport.dsl.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.govreport.dsl.model.FolderListings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder is listed once for all the reports in it that look for last year's, and listed again as soon
 * as its modification time says it changed (or is too recent to say so).
 */
class FolderListingsTest {
	@TempDir
	Path folder;

	@Test
	void theNamesHoldingAYearAreThoseThatContainIt() throws IOException {
		for (String name : List.of("甲-2019.govreport", "乙-2020.govreport", "丙20191.txt", "丁-19.govreport", "2019")) {
			Files.createFile(folder.resolve(name));
		}
		assertEquals(List.of("2019", "丙20191.txt", "甲-2019.govreport"), sorted(FolderListings.namesContaining(folder, "2019")));
		assertEquals(List.of("丙20191.txt"), sorted(FolderListings.namesContaining(folder, "0191")));
		assertEquals(List.of("2019", "丁-19.govreport", "丙20191.txt", "甲-2019.govreport"),
				sorted(FolderListings.namesContaining(folder, "19")));
		assertEquals(List.of(), FolderListings.namesContaining(folder, "2018"));
	}

	@Test
	void aSettledFolderIsListedOnceAndAgainWhenItChanges() throws IOException {
		Files.createFile(folder.resolve("甲-2019.govreport"));
		FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
		Files.setLastModifiedTime(folder, anHourAgo);
		assertEquals(List.of("甲-2019.govreport"), FolderListings.namesContaining(folder, "2019"));
		// a file system that kept the folder's time: the listing made before is used, so the file is not seen
		Files.createFile(folder.resolve("乙-2019.govreport"));
		Files.setLastModifiedTime(folder, anHourAgo);
		assertEquals(List.of("甲-2019.govreport"), FolderListings.namesContaining(folder, "2019"));
		// as every local file system does: the folder's time changes, and the folder is listed again
		Files.setLastModifiedTime(folder, FileTime.from(Instant.now()));
		assertEquals(List.of("乙-2019.govreport", "甲-2019.govreport"), sorted(FolderListings.namesContaining(folder, "2019")));
	}

	@Test
	void aFolderChangedMomentsBeforeItWasListedIsListedAgain() throws IOException {
		Files.createFile(folder.resolve("甲-2019.govreport"));
		FileTime justNow = FileTime.from(Instant.now());
		Files.setLastModifiedTime(folder, justNow);
		assertEquals(List.of("甲-2019.govreport"), FolderListings.namesContaining(folder, "2019"));
		// a coarse clock may give a change in the same tick the same time: such a recent listing is not kept
		Files.createFile(folder.resolve("乙-2019.govreport"));
		Files.setLastModifiedTime(folder, justNow);
		assertEquals(List.of("乙-2019.govreport", "甲-2019.govreport"), sorted(FolderListings.namesContaining(folder, "2019")));
	}

	private static List<String> sorted(List<String> names) {
		return names.stream().sorted().toList();
	}
}
