package org.govreport.cli.lsp;

import java.util.List;

import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * What the server tells clients it answers, exactly: Xtext advertises references, rename, signature help,
 * document highlights and range formatting, which this language answers with nothing, and leaves out
 * folding ranges; its semantic token legend is one this language's colouring does not use.
 */
final class AdvertisedCapabilities {
	/** Typing a cell separator (either width), a header colon or a space after a separator opens completion. */
	private static final List<String> COMPLETION_TRIGGERS = List.of("|", "｜", "：", " ");

	private AdvertisedCapabilities() {
	}

	static ServerCapabilities of(ServerCapabilities capabilities) {
		capabilities.setReferencesProvider((Either<Boolean, org.eclipse.lsp4j.ReferenceOptions>) null);
		capabilities.setRenameProvider((Either<Boolean, org.eclipse.lsp4j.RenameOptions>) null);
		capabilities.setSignatureHelpProvider(null);
		capabilities.setDocumentHighlightProvider((Either<Boolean, org.eclipse.lsp4j.DocumentHighlightOptions>) null);
		capabilities.setDocumentRangeFormattingProvider(
				(Either<Boolean, org.eclipse.lsp4j.DocumentRangeFormattingOptions>) null);
		capabilities.setDefinitionProvider(true);
		capabilities.setWorkspaceSymbolProvider(true);
		capabilities.setFoldingRangeProvider(true);
		capabilities.setCodeLensProvider(new CodeLensOptions(false));
		capabilities.setExecuteCommandProvider(new ExecuteCommandOptions(ServerCommands.ALL));
		CompletionOptions completion = new CompletionOptions(false, COMPLETION_TRIGGERS);
		capabilities.setCompletionProvider(completion);
		SemanticTokensWithRegistrationOptions tokens = new SemanticTokensWithRegistrationOptions(SemanticTokenEncoding.LEGEND);
		tokens.setFull(true);
		tokens.setRange(false);
		capabilities.setSemanticTokensProvider(tokens);
		TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
		sync.setOpenClose(true);
		sync.setChange(TextDocumentSyncKind.Incremental);
		// Saves matter: last year's report saved re-checks this year's.
		sync.setSave(new SaveOptions(false));
		capabilities.setTextDocumentSync(sync);
		return capabilities;
	}
}
