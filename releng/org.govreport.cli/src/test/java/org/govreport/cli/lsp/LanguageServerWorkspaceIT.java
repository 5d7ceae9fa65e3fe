package org.govreport.cli.lsp;

import static org.govreport.cli.lsp.EditedReports.CLEAN;
import static org.govreport.cli.lsp.EditedReports.UNBALANCED;
import static org.govreport.headless.ExampleReports.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace as a whole: checked in the background after initialize, with work-done progress, over
 * report folders only; its reports, sections and tables as workspace symbols; flat document symbols for
 * clients without an outline tree.
 */
class LanguageServerWorkspaceIT {

	@TempDir
	Path workspace;

	@Test
	void theWorkspaceIsCheckedAfterInitializeWithProgressOverReportFoldersOnly() throws Exception {
		for (int i = 1; i <= 20; i++) {
			Files.createDirectories(workspace.resolve("乡镇" + (i % 3)));
			Files.writeString(workspace.resolve("乡镇" + (i % 3)).resolve("机关" + i + "-2020.govreport"),
					edit(CLEAN, "机关：江城镇", "机关：机关" + i));
		}
		Path unbalanced = Files.writeString(workspace.resolve("江城镇-2020.govreport"), UNBALANCED);
		for (String toolFolder : List.of("target", "out", "documents", "node_modules", ".git")) {
			Files.createDirectories(workspace.resolve(toolFolder));
			Files.writeString(workspace.resolve(toolFolder).resolve("江城镇-2020.govreport"), UNBALANCED);
		}
		try (LanguageServerSession session = LanguageServerSession.start(LanguageServerIT.JAR, workspace,
				capabilities -> {
					WindowClientCapabilities window = new WindowClientCapabilities();
					window.setWorkDoneProgress(true);
					capabilities.setWindow(window);
				})) {
			String token = session.awaitTold("progress create").substring("progress create ".length());
			assertEquals("progress begin " + token + " 检查工作区的报告 0/21", session.awaitTold("progress begin"));
			assertEquals("progress report " + token + " 8/21", session.awaitTold("progress report"));
			assertEquals("progress end " + token + " 21 份报告已检查", session.awaitTold("progress end"));
			assertEquals(1, LanguageServerSession.problems(
					session.awaitDiagnostics(unbalanced, published -> !LanguageServerSession.noProblems(published))).size());
		}
	}

	@Test
	void workspaceSymbolsNameReportsByOrganAndYearWithTheirSectionsAndTables() throws Exception {
		Files.writeString(workspace.resolve("江城镇-2020.govreport"), CLEAN);
		Files.createDirectories(workspace.resolve("乡镇"));
		Files.writeString(workspace.resolve("乡镇/町店镇-2020.govreport"), edit(CLEAN, "机关：江城镇", "机关：町店镇"));
		try (LanguageServerSession session = LanguageServerSession.start(LanguageServerIT.JAR, workspace)) {
			assertTrue(session.initializeResult().getCapabilities().getWorkspaceSymbolProvider().getLeft());
			List<SymbolInformation> reports = symbols(session, "2020");
			assertEquals("File 町店镇 2020 | File 江城镇 2020", reports.stream().filter(symbol -> symbol.getContainerName() == null)
					.map(symbol -> symbol.getKind() + " " + symbol.getName()).collect(Collectors.joining(" | ")));

			List<SymbolInformation> tables = symbols(session, "町店镇 收到和处理");
			assertEquals("Namespace 三、收到和处理政府信息公开申请情况 in 町店镇 2020"
					+ " | Array 申请人情况 in 町店镇 2020 · 三、收到和处理政府信息公开申请情况", tables.stream()
					.map(symbol -> symbol.getKind() + " " + symbol.getName() + " in " + symbol.getContainerName())
					.collect(Collectors.joining(" | ")));
			assertTrue(tables.get(0).getLocation().getUri().contains("%E4%B9%A1%E9%95%87") || tables.get(0).getLocation()
					.getUri().contains("乡镇"), tables.get(0).getLocation().getUri());
		}
	}

	/** The server sends SymbolInformation; LSP4J's client reads the same JSON as either kind. */
	private static List<SymbolInformation> symbols(LanguageServerSession session, String query) throws Exception {
		var answer = session.await(session.server().getWorkspaceService().symbol(new WorkspaceSymbolParams(query)));
		if (answer.isLeft()) {
			return List.copyOf(answer.getLeft());
		}
		return answer.getRight().stream().map(symbol -> new SymbolInformation(symbol.getName(), symbol.getKind(),
				symbol.getLocation().getLeft(), symbol.getContainerName())).toList();
	}

	@Test
	void aClientWithoutOutlineTreesGetsAFlatSymbolList() throws Exception {
		Path report = Files.writeString(workspace.resolve("江城镇-2020.govreport"), CLEAN);
		try (LanguageServerSession session = LanguageServerSession.start(LanguageServerIT.JAR, workspace,
				capabilities -> capabilities.getTextDocument().setDocumentSymbol(new DocumentSymbolCapabilities()))) {
			session.open(report, CLEAN);
			var symbols = session.await(session.server().getTextDocumentService()
					.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(report.toUri().toString()))));
			String flat = symbols.stream().map(symbol -> symbol.getLeft()).map(symbol -> symbol.getKind() + " " + symbol.getName()
					+ (symbol.getContainerName() == null ? "" : " in " + symbol.getContainerName()) + " @"
					+ symbol.getLocation().getRange().getStart().getLine()).collect(Collectors.joining("\n"));
			assertTrue(flat.startsWith("File 江城镇 2020 @1\nNamespace 一、总体情况 in 江城镇 2020 @"), flat);
			assertTrue(flat.contains("\nArray "), flat);
			assertTrue(flat.contains(" in 江城镇 2020 · 三、收到和处理政府信息公开申请情况 @"), flat);
		}
	}
}
