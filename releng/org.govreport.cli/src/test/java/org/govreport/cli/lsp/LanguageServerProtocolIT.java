package org.govreport.cli.lsp;

import static org.govreport.headless.ExampleReports.edit;
import static org.govreport.headless.ExampleReports.jiangcheng2020;
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

import org.eclipse.lsp4j.CompletionParams;
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
import org.govreport.headless.GovReportVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged server against the letter of the protocol, and against a client that does not keep to it. */
class LanguageServerProtocolIT {
	private static final String CLEAN = jiangcheng2020();
	private static final String UNBALANCED = edit(CLEAN, "一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
			"一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 0");

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
			List<Diagnostic> diagnostics = session.awaitDiagnostics(report, published -> !published.isEmpty());
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
			assertNull(capabilities.getDefinitionProvider());
			assertNull(capabilities.getReferencesProvider());
			assertNull(capabilities.getRenameProvider());
			assertNull(capabilities.getSignatureHelpProvider());
			assertNull(capabilities.getWorkspaceSymbolProvider());
			assertNull(capabilities.getDocumentRangeFormattingProvider());
			assertTrue(capabilities.getFoldingRangeProvider().getLeft());

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
