package org.govreport.cli.lsp;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The packaged language server ({@code java -jar govreport.jar lsp}) in a process of its own, driven over
 * stdio by LSP4J's client launcher, as an editor drives it. Published diagnostics queue up in arrival
 * order.
 */
public final class LanguageServerSession implements AutoCloseable {
	private static final long TIMEOUT_SECONDS = 60;

	private final Process process;
	/** The server's standard error, kept to be read by the test and copied to the test's on close. */
	private final Path errorLog;
	private final LanguageServer server;
	private final Endpoint remote;
	private InitializeResult initializeResult;
	private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
	/** What the server asked or told the client besides diagnostics, in arrival order, as short lines. */
	private final BlockingQueue<String> told = new LinkedBlockingQueue<>();

	private LanguageServerSession(Process process, Path errorLog) {
		this.process = process;
		this.errorLog = errorLog;
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), process.getInputStream(),
				process.getOutputStream());
		launcher.startListening();
		this.server = launcher.getRemoteProxy();
		this.remote = launcher.getRemoteEndpoint();
	}

	/** Starts the server from the jar and initializes it on the workspace folder, or on none when it is null. */
	public static LanguageServerSession start(Path jar, Path workspace) throws Exception {
		return start(jar, workspace, System.getenv());
	}

	/** The same, in a process with just these environment variables (e.g. another locale). */
	public static LanguageServerSession start(Path jar, Path workspace, Map<String, String> environment) throws Exception {
		return start(jar, workspace, environment, Path.of("").toAbsolutePath());
	}

	/** The same, in a process whose working directory is the given one. */
	public static LanguageServerSession start(Path jar, Path workspace, Map<String, String> environment,
			Path workingDirectory) throws Exception {
		return start(jar, workspace, environment, workingDirectory, capabilities -> {
		});
	}

	/** The same, with the client's capabilities changed as the test says (e.g. a client with fewer). */
	public static LanguageServerSession start(Path jar, Path workspace, Consumer<ClientCapabilities> client) throws Exception {
		return start(jar, workspace, System.getenv(), Path.of("").toAbsolutePath(), client);
	}

	private static LanguageServerSession start(Path jar, Path workspace, Map<String, String> environment,
			Path workingDirectory, Consumer<ClientCapabilities> client) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				jar.toString(), "lsp").directory(workingDirectory.toFile());
		Path errorLog = Files.createTempFile("govreport-lsp-", ".log");
		builder.redirectError(errorLog.toFile());
		builder.environment().clear();
		builder.environment().putAll(environment);
		Process process = builder.start();
		LanguageServerSession session = new LanguageServerSession(process, errorLog);
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		ClientCapabilities capabilities = new ClientCapabilities();
		WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
		// Without this, Xtext ignores the folders and expects the older rootUri.
		workspaceCapabilities.setWorkspaceFolders(true);
		capabilities.setWorkspace(workspaceCapabilities);
		TextDocumentClientCapabilities documentCapabilities = new TextDocumentClientCapabilities();
		// As editors do: an outline tree (DocumentSymbol) rather than a flat symbol list.
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		documentCapabilities.setDocumentSymbol(symbols);
		capabilities.setTextDocument(documentCapabilities);
		client.accept(capabilities);
		params.setCapabilities(capabilities);
		if (workspace != null) {
			params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "reports")));
		}
		session.initializeResult = session.await(session.server.initialize(params));
		session.server.initialized(new InitializedParams());
		return session;
	}

	public LanguageServer server() {
		return server;
	}

	public InitializeResult initializeResult() {
		return initializeResult;
	}

	/** Sends any request, e.g. one the protocol does not know; the future fails with the server's error. */
	public CompletableFuture<?> request(String method, Object params) {
		return remote.request(method, params);
	}

	/** Closes the server's standard input, as an editor that dies does. */
	public void closeInput() throws IOException {
		process.getOutputStream().close();
	}

	/** What the server wrote to its standard error so far. */
	public String errors() throws IOException {
		// Leniently: under LC_ALL=C the server's messages are not UTF-8.
		return new String(Files.readAllBytes(errorLog), StandardCharsets.UTF_8);
	}

	public boolean awaitExit(long timeout, TimeUnit unit) throws InterruptedException {
		return process.waitFor(timeout, unit);
	}

	public void open(Path file, String text) {
		server.getTextDocumentService().didOpen(
				new DidOpenTextDocumentParams(new TextDocumentItem(file.toUri().toString(), "govreport", 1, text)));
	}

	public void change(Path file, int version, String text) {
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(file.toUri().toString(), version),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	/** @return the next diagnostics published for the file, skipping those for other files */
	public PublishDiagnosticsParams nextDiagnostics(Path file) throws InterruptedException, TimeoutException {
		String uri = file.toUri().toString();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (System.nanoTime() < deadline) {
			PublishDiagnosticsParams published = diagnostics.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (published != null && sameFile(published.getUri(), uri)) {
				return published;
			}
		}
		throw new TimeoutException("no diagnostics for " + file + " within " + TIMEOUT_SECONDS + " s");
	}

	/**
	 * @return the first diagnostics published for the file that the test accepts; earlier publications
	 *         (of an older version, or of the copy on disk) are passed over
	 */
	/** The errors and warnings published, without information (last year's report not found, in a fresh folder). */
	public static List<Diagnostic> problems(List<Diagnostic> published) {
		return published.stream().filter(diagnostic -> diagnostic.getSeverity() != DiagnosticSeverity.Information).toList();
	}

	/** Whether the publication holds no error or warning. */
	public static boolean noProblems(List<Diagnostic> published) {
		return problems(published).isEmpty();
	}

	public List<Diagnostic> awaitDiagnostics(Path file, Predicate<List<Diagnostic>> accepted)
			throws InterruptedException, TimeoutException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (System.nanoTime() < deadline) {
			List<Diagnostic> published = nextDiagnostics(file).getDiagnostics();
			if (accepted.test(published)) {
				return published;
			}
		}
		throw new TimeoutException("no accepted diagnostics for " + file + " within " + TIMEOUT_SECONDS + " s");
	}

	/** The next thing the server told or asked the client that contains the text, e.g. "progress end". */
	public String awaitTold(String containing) throws InterruptedException, TimeoutException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (System.nanoTime() < deadline) {
			String next = told.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (next != null && next.contains(containing)) {
				return next;
			}
		}
		throw new TimeoutException("the server did not tell the client \"" + containing + "\" within " + TIMEOUT_SECONDS + " s");
	}

	public <T> T await(CompletableFuture<T> request) throws Exception {
		return request.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
	}

	/** Shuts the server down as a client does, and makes sure the process is gone. */
	@Override
	public void close() throws Exception {
		try {
			if (exited()) {
				return;
			}
			await(server.shutdown());
			server.exit();
			process.waitFor(10, TimeUnit.SECONDS);
		} finally {
			process.destroyForcibly();
			System.err.print(errors());
			Files.deleteIfExists(errorLog);
		}
	}

	public boolean exited() {
		return !process.isAlive();
	}

	private static boolean sameFile(String published, String opened) {
		return decodedPath(published).equals(decodedPath(opened));
	}

	/** The server spells file URIs its own way (file:/ or file:///, encoded or not); the path is what counts. */
	private static String decodedPath(String fileUri) {
		return URLDecoder.decode(fileUri.substring("file:".length()), StandardCharsets.UTF_8).replaceFirst("^/+", "/");
	}

	private final class Client implements LanguageClient {
		@Override
		public void publishDiagnostics(PublishDiagnosticsParams published) {
			diagnostics.add(published);
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams message) {
			told.add("message " + message.getType() + " " + message.getMessage());
		}

		@Override
		public CompletableFuture<Void> registerCapability(RegistrationParams params) {
			params.getRegistrations().forEach(registration -> told.add("register " + registration.getMethod() + " "
					+ new com.google.gson.Gson().toJson(registration.getRegisterOptions())));
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
			told.add("progress create " + params.getToken().getLeft());
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void notifyProgress(ProgressParams params) {
			var value = params.getValue().getLeft();
			told.add("progress " + value.getKind() + " " + params.getToken().getLeft() + " "
					+ (value instanceof WorkDoneProgressBegin begin ? begin.getTitle() + " " + begin.getMessage()
							: value instanceof WorkDoneProgressReport report ? report.getMessage()
									: ((WorkDoneProgressEnd) value).getMessage()));
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
