package org.govreport.cli.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceFolder;

/** What the client said in {@code initialize}: its workspace folders and what it can do. */
final class ClientFacts {
	private final List<Path> workspaceFolders;
	private final boolean showsProgress;
	private final boolean watchesFilesForUs;

	ClientFacts(InitializeParams params) {
		this.workspaceFolders = folders(params);
		ClientCapabilities capabilities = Optional.ofNullable(params.getCapabilities()).orElseGet(ClientCapabilities::new);
		this.showsProgress = capabilities.getWindow() != null
				&& Boolean.TRUE.equals(capabilities.getWindow().getWorkDoneProgress());
		this.watchesFilesForUs = capabilities.getWorkspace() != null
				&& capabilities.getWorkspace().getDidChangeWatchedFiles() != null
				&& Boolean.TRUE.equals(capabilities.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
	}

	List<Path> workspaceFolders() {
		return workspaceFolders;
	}

	boolean showsProgress() {
		return showsProgress;
	}

	/** Whether the client registers a file watcher when asked ({@code client/registerCapability}). */
	boolean watchesFilesForUs() {
		return watchesFilesForUs;
	}

	/** The innermost workspace folder holding the file; the file's own folder outside every workspace folder. */
	Path workspaceFolderOf(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		return workspaceFolders.stream().filter(absolute::startsWith).max(Comparator.comparingInt(Path::getNameCount))
				.orElse(absolute.getParent());
	}

	@SuppressWarnings("deprecation") // rootUri and rootPath: what clients without workspace folders send
	private static List<Path> folders(InitializeParams params) {
		List<Path> folders = new ArrayList<>();
		if (params.getWorkspaceFolders() != null) {
			for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
				toPath(folder.getUri()).ifPresent(folders::add);
			}
		}
		if (folders.isEmpty() && params.getRootUri() != null) {
			toPath(params.getRootUri()).ifPresent(folders::add);
		}
		if (folders.isEmpty() && params.getRootPath() != null) {
			folders.add(Path.of(params.getRootPath()).toAbsolutePath().normalize());
		}
		return List.copyOf(folders);
	}

	private static Optional<Path> toPath(String uri) {
		try {
			return Optional.of(Path.of(URI.create(uri)).toAbsolutePath().normalize());
		} catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
			return Optional.empty();
		}
	}
}
