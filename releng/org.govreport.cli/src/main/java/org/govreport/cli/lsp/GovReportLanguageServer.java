package org.govreport.cli.lsp;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;
import org.govreport.headless.GovReportVersion;

/**
 * Xtext's language server, telling clients exactly what it answers: Xtext advertises definition,
 * references, rename, signature help, workspace symbols and range formatting, which this language
 * answers with nothing, and leaves out folding ranges, which it does answer.
 */
public class GovReportLanguageServer extends LanguageServerImpl {
	static final String NAME = "govreport";

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		return super.initialize(params).thenApply(result -> {
			result.setServerInfo(new ServerInfo(NAME, GovReportVersion.VERSION));
			return result;
		});
	}

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		capabilities.setDefinitionProvider((Either<Boolean, org.eclipse.lsp4j.DefinitionOptions>) null);
		capabilities.setReferencesProvider((Either<Boolean, org.eclipse.lsp4j.ReferenceOptions>) null);
		capabilities.setRenameProvider((Either<Boolean, org.eclipse.lsp4j.RenameOptions>) null);
		capabilities.setSignatureHelpProvider(null);
		capabilities.setWorkspaceSymbolProvider((Either<Boolean, org.eclipse.lsp4j.WorkspaceSymbolOptions>) null);
		capabilities.setDocumentRangeFormattingProvider(
				(Either<Boolean, org.eclipse.lsp4j.DocumentRangeFormattingOptions>) null);
		capabilities.setFoldingRangeProvider(true);
		return capabilities;
	}

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setSource(NAME);
		return diagnostic;
	}
}
