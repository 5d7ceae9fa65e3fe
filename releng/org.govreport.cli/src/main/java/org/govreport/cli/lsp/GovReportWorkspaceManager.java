package org.govreport.cli.lsp;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;

/**
 * Xtext's workspace, with two changes: the open documents never print their text into an error message
 * (Xtext's default puts the whole document into the exception of an out-of-range position, which then
 * goes to the log), and their text can be read without loading anything, for last year's report.
 */
public class GovReportWorkspaceManager extends WorkspaceManager {

	@Override
	protected Map<URI, Document> createOpenDocuments() {
		return new ConcurrentHashMap<>() {
			private static final long serialVersionUID = 1L;

			@Override
			public Document put(URI uri, Document document) {
				return super.put(uri, document.isPrintSourceOnError()
						? new Document(document.getVersion(), document.getContents(), false) : document);
			}
		};
	}

	/**
	 * The open document of a file; empty when it is not open. Looked up by path: clients spell URIs their
	 * own way (encoded or not, file:/ or file:///).
	 */
	public Optional<Document> openDocument(Path file) {
		Path wanted = file.toAbsolutePath().normalize();
		return getOpenDocuments().entrySet().stream().filter(open -> wanted.equals(pathOf(open.getKey()))).findFirst()
				.map(Map.Entry::getValue);
	}

	/** The open files, by path. */
	public List<Path> openFiles() {
		return getOpenDocuments().keySet().stream().map(GovReportWorkspaceManager::pathOf).filter(Objects::nonNull).toList();
	}

	/** The file of a URI; a URI that names no file is refused as the request's bad parameter. */
	static Path requirePath(URI uri) {
		Path path = pathOf(uri);
		if (path == null) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, "Not a file URI: " + uri, null));
		}
		return path;
	}

	static Path pathOf(URI uri) {
		return uri != null && uri.isFile() ? Path.of(uri.toFileString()).toAbsolutePath().normalize() : null;
	}
}
