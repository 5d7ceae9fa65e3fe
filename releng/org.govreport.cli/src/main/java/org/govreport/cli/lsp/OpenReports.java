package org.govreport.cli.lsp;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The texts open in the editor, shared by the server (which has them) and the language (which reads last
 * year's report); one instance per server.
 */
public final class OpenReports {
	private volatile GovReportWorkspaceManager workspace;

	void readFrom(GovReportWorkspaceManager manager) {
		this.workspace = manager;
	}

	/** The editor's text of the file; empty when it is not open. */
	public Optional<String> text(Path file) {
		GovReportWorkspaceManager manager = workspace;
		if (manager == null) {
			return Optional.empty();
		}
		return manager.openDocument(file).map(document -> document.getContents());
	}
}
