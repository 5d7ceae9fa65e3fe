package org.govreport.cli.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.io.file.PathUtils;

/** A benchmark's folder of reports in the temporary folder, removed with what the server wrote into it. */
final class ScratchWorkspace implements AutoCloseable {
	private final Path folder;

	ScratchWorkspace(String name) throws IOException {
		folder = Files.createTempDirectory(name);
	}

	Path folder() {
		return folder;
	}

	@Override
	public void close() throws IOException {
		PathUtils.deleteDirectory(folder);
	}
}
