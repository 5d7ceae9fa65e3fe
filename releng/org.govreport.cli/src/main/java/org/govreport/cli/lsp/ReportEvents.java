package org.govreport.cli.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;

/**
 * What a change to a report means beyond itself: this year's report is re-checked when last year's
 * changes (in the editor, saved, or on disk), and an edit that does not fit the server's text marks the
 * document as out of step, so that no reply computed on the wrong text reaches the editor.
 */
final class ReportEvents {
	private static final String WATCHED = "**/*" + ReportFolders.EXTENSION;

	private final Supplier<LanguageClient> client;
	private final GovReportWorkspaceManager workspace;
	private final Function<Path, URI> uriOf;
	private final Set<Path> outOfStep = ConcurrentHashMap.newKeySet();

	ReportEvents(Supplier<LanguageClient> client, GovReportWorkspaceManager workspace, Function<Path, URI> uriOf) {
		this.client = client;
		this.workspace = workspace;
		this.uriOf = uriOf;
	}

	/** Asks the client to tell about report files changed on disk (by git, another editor, a script). */
	void registerWatcher() {
		var options = new DidChangeWatchedFilesRegistrationOptions(List.of(new FileSystemWatcher(Either.forLeft(WATCHED))));
		var registration = new Registration("govreport-watch-reports", "workspace/didChangeWatchedFiles", options);
		client.get().registerCapability(new RegistrationParams(List.of(registration)));
	}

	/**
	 * The build of the change, then of the reports that read the changed ones as last year's (queued
	 * together: Xtext builds every queued file in one go).
	 */
	Buildable withDependents(Buildable change, List<Path> changed) {
		Set<Path> dependents = new LinkedHashSet<>();
		List<Path> open = workspace.openFiles();
		for (Path file : changed) {
			String text = workspace.openDocument(file).map(document -> document.getContents()).orElse(null);
			dependents.addAll(CrossYearDependents.of(file, text, open,
					path -> workspace.openDocument(path).map(document -> document.getContents())));
		}
		dependents.removeAll(changed);
		if (dependents.isEmpty()) {
			return change;
		}
		List<URI> uris = new ArrayList<>(dependents.stream().map(uriOf).toList());
		return workspace.didChangeFiles(uris, List.of());
	}

	/**
	 * Whether the edits fit the document; when they do not, the document is out of step until the client
	 * sends its whole text again (or reopens it), and the user is told so.
	 */
	boolean fits(Path file, List<TextDocumentContentChangeEvent> changes) {
		if (EditBounds.replacesAll(changes)) {
			outOfStep.remove(file);
		}
		var document = workspace.openDocument(file);
		String misfit = document.isEmpty() ? null : EditBounds.misfit(document.get(), changes);
		if (misfit == null) {
			return !outOfStep.contains(file);
		}
		outOfStep.add(file);
		client.get().showMessage(new MessageParams(MessageType.Error, "govreport：对 " + file.getFileName()
				+ " 的一处修改超出了文档范围（" + misfit + "），已拒绝。编辑器与语言服务器的文本已不一致，"
				+ "在重新打开该文件之前，不再提供格式化、快速修复和补全。"));
		return false;
	}

	/** The file's text is again the editor's. */
	void inStep(Path file) {
		outOfStep.remove(file);
	}

	/** Refuses a request whose answer would be computed on text the editor no longer has. */
	void requireInStep(Path file) {
		if (outOfStep.contains(file)) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.ContentModified,
					file.getFileName() + " is out of step with the editor after an edit outside the document; reopen it", null));
		}
	}
}
