package org.govreport.cli.lsp;

import static org.govreport.cli.lsp.EditedReports.CLEAN;
import static org.govreport.cli.lsp.EditedReports.UNBALANCED;
import static org.govreport.headless.ExampleReports.FORM_2019_60;
import static org.govreport.headless.ExampleReports.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * The server's commands: documents are built only when asked ({@code govreport.build}, offered as a code
 * lens and a code action), the workspace re-checked ({@code govreport.checkAll}), reports summed and tabled.
 */
class LanguageServerCommandsIT {

	@TempDir
	Path workspace;

	@Test
	void theServerAdvertisesExactlyItsCommands() throws Exception {
		try (LanguageServerSession session = LanguageServerSession.start(LanguageServerIT.JAR, workspace)) {
			assertEquals(List.of("govreport.build", "govreport.checkAll", "govreport.sum", "govreport.table"),
					session.initializeResult().getCapabilities().getExecuteCommandProvider().getCommands());
			ResponseError unknown = error(command(session, "govreport.noSuchCommand"));
			assertEquals(ResponseErrorCode.InvalidParams.getValue(), unknown.getCode());
		}
	}

	@Test
	void buildIsOfferedOnTheTitleAndWritesIntoTheWorkspacesDocumentsFolder() throws Exception {
		Path report = Files.writeString(workspace.resolve("江城镇-2020.govreport"), CLEAN);
		String uri = report.toUri().toString();
		try (LanguageServerSession session = LanguageServerSession.start(LanguageServerIT.JAR, workspace)) {
			session.open(report, CLEAN);
			session.awaitDiagnostics(report, LanguageServerSession::noProblems);
			TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
			List<? extends CodeLens> lenses = session.await(session.server().getTextDocumentService()
					.codeLens(new CodeLensParams(document)));
			assertEquals("0:0 生成文档 govreport.build [" + uri + "]", lenses.stream().map(lens -> lens.getRange().getStart()
					.getLine() + ":" + lens.getRange().getStart().getCharacter() + " " + lens.getCommand().getTitle() + " "
					+ lens.getCommand().getCommand() + " " + strings(lens.getCommand().getArguments())).collect(Collectors.joining("\n")));
			var actions = session.await(session.server().getTextDocumentService().codeAction(new CodeActionParams(document,
					new Range(new Position(0, 0), new Position(0, 0)), new CodeActionContext(List.of()))));
			CodeAction build = actions.stream().map(action -> action.getRight())
					.filter(action -> action.getCommand() != null).findFirst().orElseThrow();
			assertEquals("source 生成文档 govreport.build [" + uri + "]", build.getKind() + " " + build.getTitle() + " "
					+ build.getCommand().getCommand() + " " + strings(build.getCommand().getArguments()));
			assertEquals(List.of(report), filesUnder(workspace), "nothing is written before the user asks");

			Object result = session.await(session.server().getWorkspaceService().executeCommand(
					new ExecuteCommandParams("govreport.build", List.of(uri))));
			Path html = workspace.resolve("documents/江城镇-2020.html");
			assertTrue(Files.size(html) > 1000);
			assertEquals(List.of(html.toString()), ((Map<?, ?>) result).get("written"));
			assertTrue(session.awaitTold("message Info").contains("江城镇-2020.html"));

			session.server().getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
					JsonParser.parseString("{\"govreport\": {\"documentsFolder\": \"公开/年报\", \"documentFormats\": \"html,txt\"}}")));
			session.await(session.server().getWorkspaceService().executeCommand(
					new ExecuteCommandParams("govreport.build", List.of(uri))));
			assertEquals(List.of("江城镇-2020.html", "江城镇-2020.txt"), names(workspace.resolve("公开/年报")));

			// the commands check with the server's own language: no second one, whose generator writes src-gen
			session.change(report, 2, CLEAN + "\n");
			session.awaitDiagnostics(report, LanguageServerSession::noProblems);
			assertEquals(List.of(), filesUnder(workspace).stream().filter(file -> file.toString().contains("src-gen")).toList());
		}
	}

	@Test
	void buildRefusesAReportWithErrorsOrUnsavedChangesAndWritesNothing() throws Exception {
		Path report = Files.writeString(workspace.resolve("江城镇-2020.govreport"), UNBALANCED);
		try (LanguageServerSession session = LanguageServerSession.start(LanguageServerIT.JAR, workspace)) {
			ResponseError errors = error(command(session, "govreport.build", report.toUri().toString()));
			assertEquals(ResponseErrorCode.RequestFailed.getValue(), errors.getCode());
			assertEquals("江城镇-2020.govreport has 1 error: not built (fix them first; the Problems list shows them)",
					errors.getMessage());

			session.open(report, UNBALANCED);
			session.awaitDiagnostics(report, published -> !LanguageServerSession.noProblems(published));
			session.change(report, 2, CLEAN);
			ResponseError unsaved = error(command(session, "govreport.build", report.toUri().toString()));
			assertTrue(unsaved.getMessage().contains("unsaved changes"), unsaved.getMessage());
			assertEquals(ResponseErrorCode.InvalidParams.getValue(), error(command(session, "govreport.build")).getCode());
		}
		assertEquals(List.of(report), filesUnder(workspace));
	}

	@Test
	void checkAllRechecksTheReportsOfTheWorkspaceButNotThoseInToolFolders() throws Exception {
		Path unbalanced = Files.writeString(workspace.resolve("江城镇-2020.govreport"), UNBALANCED);
		Files.writeString(workspace.resolve("町店镇-2020.govreport"), edit(CLEAN, "机关：江城镇", "机关：町店镇"));
		for (String toolFolder : List.of("target", "out", "documents", "node_modules", ".git", "sub/.cache")) {
			Files.createDirectories(workspace.resolve(toolFolder));
			Files.writeString(workspace.resolve(toolFolder).resolve("江城镇-2020.govreport"), UNBALANCED);
		}
		try (LanguageServerSession session = LanguageServerSession.start(LanguageServerIT.JAR, workspace)) {
			session.awaitDiagnostics(unbalanced, published -> LanguageServerSession.problems(published).size() == 1);
			Map<?, ?> result = (Map<?, ?>) session.await(command(session, "govreport.checkAll"));
			assertEquals(2.0, ((Number) result.get("checked")).doubleValue());
			assertEquals(1, LanguageServerSession.problems(session.awaitDiagnostics(unbalanced,
					published -> LanguageServerSession.problems(published).size() == 1)).size());
		}
	}

	@Test
	void sumAndTableWriteWhatTheCommandLineWrites() throws Exception {
		List<String> inputs = FORM_2019_60.stream().map(example -> example.toAbsolutePath().normalize().toUri().toString())
				.toList();
		Path sum = workspace.resolve("某区人民政府办公室-2020.govreport");
		Path table = workspace.resolve("汇总.xlsx");
		try (LanguageServerSession session = LanguageServerSession.start(LanguageServerIT.JAR, workspace)) {
			Map<?, ?> summed = (Map<?, ?>) session.await(session.server().getWorkspaceService().executeCommand(
					new ExecuteCommandParams("govreport.sum", List.of(inputs, sum.toUri().toString()))));
			assertEquals(List.of(sum.toString()), summed.get("written"));
			assertTrue(Files.readString(sum).contains("\n机关：某区人民政府办公室\n"), Files.readString(sum));

			session.await(session.server().getWorkspaceService().executeCommand(new ExecuteCommandParams("govreport.table",
					List.of(FORM_2019_60.get(0).toAbsolutePath().normalize().getParent().toUri().toString(), table.toString()))));
			assertTrue(Files.size(table) > 1000);

			assertTrue(error(command(session, "govreport.sum", inputs.get(0))).getMessage().contains("the output file is missing"));
			assertEquals(ResponseErrorCode.RequestFailed.getValue(),
					error(session.server().getWorkspaceService().executeCommand(
							new ExecuteCommandParams("govreport.sum", List.of(inputs, sum.toUri().toString())))).getCode(),
					"an existing sum is not overwritten");
		}
	}

	private static CompletableFuture<Object> command(LanguageServerSession session, String command, Object... arguments) {
		return session.server().getWorkspaceService().executeCommand(new ExecuteCommandParams(command, List.of(arguments)));
	}

	static ResponseError error(CompletableFuture<?> request) {
		ExecutionException failure = assertThrows(ExecutionException.class, () -> request.get(60, TimeUnit.SECONDS));
		return assertInstanceOf(ResponseErrorException.class, failure.getCause()).getResponseError();
	}

	/** Arguments as JSON gives them to a client (JSON strings), as plain strings. */
	private static List<String> strings(List<Object> arguments) {
		return arguments.stream().map(argument -> argument instanceof com.google.gson.JsonElement json ? json.getAsString()
				: String.valueOf(argument)).toList();
	}

	private static List<String> names(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

	private static List<Path> filesUnder(Path folder) throws Exception {
		try (Stream<Path> files = Files.walk(folder)) {
			List<Path> found = files.filter(path -> !path.equals(folder)).collect(Collectors.toList());
			assertFalse(found.isEmpty());
			return found;
		}
	}
}
