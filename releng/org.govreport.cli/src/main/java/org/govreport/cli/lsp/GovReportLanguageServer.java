package org.govreport.cli.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.govreport.dsl.ide.highlighting.ReportHighlighting;
import org.govreport.headless.GovReportVersion;
import org.govreport.headless.ReportValidator;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Xtext's language server, answering what report writers need and advertising exactly that: documents
 * built only on request (commands, offered as a code lens and a code action), the workspace checked in the
 * background, cross-year diagnostics kept current ({@link ReportEvents}), symbols for flat clients, the
 * Eclipse colouring as semantic tokens, and refusals where Xtext would drift or answer nothing.
 */
public class GovReportLanguageServer extends LanguageServerImpl {
	static final String NAME = "govreport";

	@Inject
	private UriExtensions uris;
	@Inject
	private OpenReports openReports;

	private final ServerSettings settings = new ServerSettings();
	private final ReportHighlighting highlighting = new ReportHighlighting();
	private ClientFacts client;
	private ReportEvents events;
	private ServerCommands commands;

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		client = new ClientFacts(params);
		settings.update(params.getInitializationOptions());
		openReports.readFrom(workspace());
		events = new ReportEvents(this::getLanguageClient, workspace(), this::uriOf);
		commands = new ServerCommands(settings, openReports::text, client::workspaceFolderOf, new ReportValidator(language()));
		return super.initialize(params).thenApply(result -> {
			result.setServerInfo(new ServerInfo(NAME, GovReportVersion.VERSION));
			return result;
		});
	}

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		return AdvertisedCapabilities.of(super.createServerCapabilities(params));
	}

	@Override
	public void initialized(InitializedParams params) {
		super.initialized(params);
		if (client.watchesFilesForUs()) {
			events.registerWatcher();
		}
		checkWorkspace("检查工作区的报告");
	}

	private CompletableFuture<Integer> checkWorkspace(String title) {
		List<Path> reports = ReportFolders.reports(client.workspaceFolders(), settings.documentsFolder());
		return new WorkspaceCheck(getLanguageClient(), client.showsProgress(), (GovReportRequestManager) getRequestManager(),
				workspace(), this::uriOf)
				.check(reports, title);
	}

	@Override
	public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
		CommandArguments arguments = new CommandArguments(params.getCommand(), params.getArguments());
		return switch (params.getCommand()) {
		case ServerCommands.CHECK_ALL -> checkWorkspace("检查全部报告").thenApply(checked -> Map.of("checked", checked,
				"message", "已检查 " + checked + " 份报告"));
		case ServerCommands.BUILD -> alone(() -> commands.build(arguments));
		case ServerCommands.SUM -> alone(() -> commands.sum(arguments));
		case ServerCommands.TABLE -> alone(() -> commands.table(arguments));
		default -> CompletableFuture.failedFuture(arguments.invalid("unknown command; this server runs " + ServerCommands.ALL));
		};
	}

	/**
	 * Runs a command that writes files once the edits sent before it are applied (it sees the text the
	 * user last typed), with no check running meanwhile.
	 */
	private CompletableFuture<Object> alone(Supplier<Map<String, Object>> command) {
		return ((GovReportRequestManager) getRequestManager()).runWriteAfterOthers(() -> told(command.get()),
				(cancelIndicator, result) -> result);
	}

	/** The server's language, which the commands check with too: one injector, one registration in EMF. */
	private Injector language() {
		return getLanguagesRegistry().getResourceServiceProvider(URI.createFileURI("report" + ReportFolders.EXTENSION))
				.get(Injector.class);
	}

	/** Says what a command wrote, for clients that drop a command's result (a code lens's). */
	private Object told(Map<String, Object> result) {
		getLanguageClient().showMessage(new MessageParams(MessageType.Info, String.valueOf(result.get("message"))));
		return result;
	}

	@Override
	public void didChangeConfiguration(DidChangeConfigurationParams params) {
		// Xtext would rebuild the whole workspace; the settings only say where documents go.
		settings.update(params.getSettings());
	}

	@Override
	protected Buildable toBuildable(DidOpenTextDocumentParams params) {
		events.inStep(pathOf(getURI(params.getTextDocument())));
		return super.toBuildable(params);
	}

	@Override
	protected Buildable toBuildable(DidChangeTextDocumentParams params) {
		Path file = pathOf(getURI(params.getTextDocument()));
		if (!events.fits(file, params.getContentChanges())) {
			return Buildable.NO_BUILD;
		}
		return events.withDependents(super.toBuildable(params), List.of(file));
	}

	@Override
	protected Buildable toBuildable(DidCloseTextDocumentParams params) {
		Path file = pathOf(getURI(params.getTextDocument()));
		return events.withDependents(super.toBuildable(params), List.of(file));
	}

	@Override
	protected Buildable toBuildable(DidChangeWatchedFilesParams params) {
		List<Path> changed = params.getChanges().stream().map(event -> pathOf(uris.toUri(event.getUri()))).toList();
		return events.withDependents(super.toBuildable(params), changed);
	}

	@Override
	public void didSave(DidSaveTextDocumentParams params) {
		Path file = pathOf(getURI(params.getTextDocument()));
		runBuildable(() -> events.withDependents(Buildable.NO_BUILD, List.of(file)));
	}

	@Override
	public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
		return CompletableFuture.completedFuture(List.of(ServerCommands.buildLens(params.getTextDocument().getUri())));
	}

	@Override
	protected List<Either<Command, CodeAction>> codeAction(CodeActionParams params, CancelIndicator cancelIndicator) {
		URI uri = getURI(params.getTextDocument());
		events.requireInStep(pathOf(uri));
		CodeActionParams withDiagnostics = params;
		if (params.getContext() == null || params.getContext().getDiagnostics() == null
				|| params.getContext().getDiagnostics().isEmpty()) {
			// The client sent none (or has none yet): the fixes of what is found at the range all the same.
			List<Diagnostic> found = getWorkspaceManager().doRead(uri, (document, resource) -> RangeDiagnostics
					.at(resource, params.getRange(), this::toDiagnostics, cancelIndicator));
			withDiagnostics = new CodeActionParams(params.getTextDocument(), params.getRange(), new CodeActionContext(found));
		}
		List<Either<Command, CodeAction>> actions = new ArrayList<>(super.codeAction(withDiagnostics, cancelIndicator));
		actions.add(Either.forRight(ServerCommands.buildAction(params.getTextDocument().getUri())));
		return actions;
	}

	@Override
	protected Either<List<CompletionItem>, CompletionList> completion(CancelIndicator cancelIndicator, CompletionParams params) {
		events.requireInStep(pathOf(getURI(params.getTextDocument())));
		return super.completion(cancelIndicator, params);
	}

	@Override
	protected List<? extends TextEdit> formatting(DocumentFormattingParams params, CancelIndicator cancelIndicator) {
		events.requireInStep(pathOf(getURI(params.getTextDocument())));
		return super.formatting(params, cancelIndicator);
	}

	@Override
	public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
		if (isHierarchicalDocumentSymbolSupport()) {
			return super.documentSymbol(params);
		}
		URI uri = getURI(params.getTextDocument());
		return getRequestManager().runRead(cancelIndicator -> getWorkspaceManager().doRead(uri,
				(document, resource) -> ReportSymbols.flat(params.getTextDocument().getUri(), document, resource)).stream()
				.map(Either::<SymbolInformation, DocumentSymbol>forLeft).toList());
	}

	@Override
	public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(
			WorkspaceSymbolParams params) {
		String query = params.getQuery() == null ? "" : params.getQuery();
		return getRequestManager().runRead(cancelIndicator -> {
			List<SymbolInformation> found = new ArrayList<>();
			for (Path report : ReportFolders.reports(client.workspaceFolders(), settings.documentsFolder())) {
				cancelIndicator.isCanceled();
				URI uri = uriOf(report);
				found.addAll(getWorkspaceManager().doRead(uri, (document, resource) -> ReportSymbols.flat(report.toUri().toString(),
						document, resource)).stream().filter(symbol -> ReportSymbols.matches(symbol, query)).toList());
			}
			return Either.forLeft(found);
		});
	}

	@Override
	protected List<? extends Location> definition(CancelIndicator cancelIndicator, DefinitionParams params) {
		URI uri = getURI(params.getTextDocument());
		return getWorkspaceManager().doRead(uri, (document, resource) -> CrossYearDefinition.of(resource,
				document.getOffSet(params.getPosition()), openReports::text, this::uriOf));
	}

	@Override
	protected SemanticTokens semanticTokensFull(SemanticTokensParams params, CancelIndicator cancelIndicator) {
		URI uri = getURI(params.getTextDocument());
		return getWorkspaceManager().doRead(uri,
				(document, resource) -> SemanticTokenEncoding.encode(document.getContents(), highlighting.of(resource)));
	}

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setSource(NAME);
		return diagnostic;
	}

	private GovReportWorkspaceManager workspace() {
		return (GovReportWorkspaceManager) getWorkspaceManager();
	}

	/** The URI Xtext keys a file's resource by, so that a file is one resource however it was reached. */
	private URI uriOf(Path file) {
		return uris.toUri(file.toUri().toString());
	}

	private static Path pathOf(URI uri) {
		return GovReportWorkspaceManager.requirePath(uri);
	}
}
