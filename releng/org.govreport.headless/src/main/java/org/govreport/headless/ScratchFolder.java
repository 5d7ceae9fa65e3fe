package org.govreport.headless;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where the streaming workbook keeps its scratch files: a folder of this process's own. POI's default is
 * one folder shared by every user of the machine ({@code /tmp/poifiles}), made by whoever ran it first with
 * their umask, so that every other user's table failed with a stack trace.
 */
final class ScratchFolder {
	private ScratchFolder() {
	}

	static void use() {
		try {
			File folder = Files.createTempDirectory("govreport-poi").toFile();
			// the files in it are deleted as each workbook is disposed, so it is empty at exit
			folder.deleteOnExit();
			TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder));
		} catch (IOException e) {
			// POI's own folder is then tried, and a failure there is reported as the table not written
		}
	}
}
