package org.govreport.cli.lsp;

import static org.govreport.cli.lsp.EditedReports.CLEAN;
import static org.govreport.cli.lsp.EditedReports.UNBALANCED;
import static org.govreport.headless.ExampleReports.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.govreport.dsl.format.ReportFormatter;
import org.govreport.headless.GovReportVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged server against the letter of the protocol, and against a client that does not keep to it. */
class LanguageServerProtocolIT {

	@TempDir
	Path workspace;
	@TempDir
	Path workingDirectory;

	@Test
	void editingWritesNoFileAndDiagnosticsNameTheirSource() throws Exception {
		Path report = Files.writeString(workspace.resolve("江城镇-2020.govreport"), CLEAN);
		try (LanguageServerSession session = LanguageServerSession.start(LanguageServerIT.JAR, workspace, System.getenv(),
				workingDirectory)) {
			session.open(report, CLEAN);
			session.awaitDiagnostics(report, LanguageServerSession::noProblems);
			session.change(report, 2, UNBALANCED);
			List<Diagnostic> diagnostics = LanguageServerSession.problems(
					session.awaitDiagnostics(report, published -> !LanguageServerSession.noProblems(published)));
			assertEquals(List.of("govreport"), diagnostics.stream().map(Diagnostic::getSource).distinct().toList());
			session.change(report, 3, edit(CLEAN, "无其他需要报告的事项。", "没有其他需要报告的事项。"));
			session.awaitDiagnostics(report, LanguageServerSession::noProblems);
		}
		// Checked once the server is gone, so that no write can still be under way.
		assertEquals(List.of(report), filesUnder(workspace));
		assertEquals(List.of(), filesUnder(workingDirectory));
	}

	@Test
	void initializeNamesTheServerAndAdvertisesOnlyWhatAnswers() throws Exception {
		Path report = Files.writeString(workspace.resolve("江城镇-2020.govreport"), CLEAN);
		try (LanguageServerSession session = LanguageServerSession.start(LanguageServerIT.JAR, workspace)) {
			InitializeResult result = session.initializeResult();
			assertEquals("govreport " + GovReportVersion.VERSION,
					result.getServerInfo().getName() + " " + result.getServerInfo().getVersion());
			ServerCapabilities capabilities = result.getCapabilities();
			assertNull(capabilities.getReferencesProvider());
			assertNull(capabilities.getRenameProvider());
			assertNull(capabilities.getSignatureHelpProvider());
			assertNull(capabilities.getDocumentRangeFormattingProvider());
			assertNull(capabilities.getDocumentHighlightProvider());
			assertTrue(capabilities.getDefinitionProvider().getLeft());
			assertTrue(capabilities.getWorkspaceSymbolProvider().getLeft());
			assertTrue(capabilities.getFoldingRangeProvider().getLeft());
			assertEquals(List.of("|", "｜", "：", " "), capabilities.getCompletionProvider().getTriggerCharacters());
			assertEquals(List.of("keyword", "section", "heading", "label", "column", "number", "unit", "word", "prose",
					"comment", "subHeading", "total", "wrongTotal"), capabilities.getSemanticTokensProvider().getLegend().getTokenTypes());
			assertTrue(capabilities.getTextDocumentSync().getRight().getSave().getRight() != null, "saves are asked for");

			session.open(report, CLEAN);
			assertFalse(session.await(session.server().getTextDocumentService().foldingRange(
					new FoldingRangeRequestParams(new TextDocumentIdentifier(report.toUri().toString())))).isEmpty());
		}
	}

	@Test
	void badRequestsGetTheProtocolsErrorCodesAndShortMessages() throws Exception {
		Path report = Files.writeString(workspace.resolve("江城镇-2020.govreport"), CLEAN);
		try (LanguageServerSession session = LanguageServerSession.start(LanguageServerIT.JAR, workspace)) {
			session.open(report, CLEAN);
			assertEquals(ResponseErrorCode.MethodNotFound.getValue(), error(session.request("govreport/noSuchThing", null)).getCode());

			TextDocumentIdentifier document = new TextDocumentIdentifier(report.toUri().toString());
			for (CompletableFuture<?> outOfRange : List.of(
					session.server().getTextDocumentService().hover(new HoverParams(document, new Position(9999, 3))),
					session.server().getTextDocumentService().completion(new CompletionParams(document, new Position(2, 3000))))) {
				ResponseError error = error(outOfRange);
				assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getCode());
				assertTrue(error.getMessage().length() < 80, error.getMessage());
				assertNull(error.getData());
			}
			assertFalse(session.errors().contains("一、本年新收政府信息公开申请数量"), "the document went to the log");
		}
	}

	@Test
	void afterShutdownRequestsAreRefusedAndTheEndOfInputEndsTheServerAtOnce() throws Exception {
		Path report = Files.writeString(workspace.resolve("江城镇-2020.govreport"), CLEAN);
		try (LanguageServerSession session = LanguageServerSession.start(LanguageServerIT.JAR, workspace)) {
			session.open(report, CLEAN);
			session.await(session.server().shutdown());
			TextDocumentIdentifier document = new TextDocumentIdentifier(report.toUri().toString());
			assertEquals(ResponseErrorCode.InvalidRequest.getValue(), error(
					session.server().getTextDocumentService().hover(new HoverParams(document, new Position(1, 1)))).getCode());

			session.closeInput();
			assertTrue(session.awaitExit(1, TimeUnit.SECONDS), "the server still runs 1 s after its input ended");
		}
	}

	@Test
	void anEditOutsideTheDocumentIsRefusedLoudlyAndNothingIsComputedOnTheDriftedTextUntilTheClientResends() throws Exception {
		Path report = Files.writeString(workspace.resolve("江城镇-2020.govreport"), UNBALANCED);
		try (LanguageServerSession session = LanguageServerSession.start(LanguageServerIT.JAR, workspace)) {
			session.open(report, UNBALANCED);
			session.awaitDiagnostics(report, published -> !LanguageServerSession.noProblems(published));
			TextDocumentIdentifier document = new TextDocumentIdentifier(report.toUri().toString());
			session.server().getTextDocumentService().didChange(new DidChangeTextDocumentParams(
					new VersionedTextDocumentIdentifier(document.getUri(), 2),
					List.of(new TextDocumentContentChangeEvent(new Range(new Position(500, 0), new Position(500, 3)), "1"))));
			String told = session.awaitTold("message Error");
			assertTrue(told.contains("第 501 行不存在（文档有 67 行）"), told);
			assertEquals(ResponseErrorCode.ContentModified.getValue(), error(session.server().getTextDocumentService()
					.formatting(new DocumentFormattingParams(document, new FormattingOptions(2, true)))).getCode());

			session.change(report, 3, CLEAN);
			session.awaitDiagnostics(report, LanguageServerSession::noProblems);
			assertEquals(List.of(), session.await(session.server().getTextDocumentService()
					.formatting(new DocumentFormattingParams(document, new FormattingOptions(2, true)))).stream()
					.filter(edit -> !edit.getNewText().equals(new ReportFormatter().format(CLEAN))).toList());
		}
	}

	@Test
	void codeActionsAreComputedAtTheRangeWhenTheClientSendsNoDiagnostics() throws Exception {
		Path report = Files.writeString(workspace.resolve("江城镇-2020.govreport"), UNBALANCED);
		try (LanguageServerSession session = LanguageServerSession.start(LanguageServerIT.JAR, workspace)) {
			session.open(report, UNBALANCED);
			session.awaitDiagnostics(report, published -> !LanguageServerSession.noProblems(published));
			Range wrongCell = new Range(new Position(29, 19), new Position(29, 19));
			var actions = session.await(session.server().getTextDocumentService().codeAction(new CodeActionParams(
					new TextDocumentIdentifier(report.toUri().toString()), wrongCell, new CodeActionContext(List.of()))));
			assertEquals("quickfix 改为计算值 0", actions.stream().map(action -> action.getRight())
					.filter(action -> "quickfix".equals(action.getKind()))
					.map(action -> action.getKind() + " " + action.getTitle()).collect(Collectors.joining("\n")));
		}
	}

	private static ResponseError error(CompletableFuture<?> request) {
		ExecutionException failure = assertThrows(ExecutionException.class, () -> request.get(60, TimeUnit.SECONDS));
		return assertInstanceOf(ResponseErrorException.class, failure.getCause()).getResponseError();
	}

	private static List<Path> filesUnder(Path folder) throws Exception {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(path -> !path.equals(folder)).collect(Collectors.toList());
		}
	}
}
