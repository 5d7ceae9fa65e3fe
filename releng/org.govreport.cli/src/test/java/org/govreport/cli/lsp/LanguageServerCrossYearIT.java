package org.govreport.cli.lsp;

import static org.govreport.headless.ExampleReports.edit;
import static org.govreport.headless.ExampleReports.jiangcheng2020;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This year's cross-year diagnostics (R7–R9) follow last year's report wherever it changes: in the editor
 * (whose text wins over the file), when saved, and on disk; definition leads from a cell to last year's row.
 */
class LanguageServerCrossYearIT {
	private static final String THIS_YEAR = jiangcheng2020();
	/** Last year's report that agrees with this year's (R8 and R9 hold). */
	private static final String LAST_YEAR = lastYear("行政许可 | 430 | 10");
	/** The same with 行政许可's figures off by 5: this year's 上一年项目数量 440 should be 435. */
	private static final String LAST_YEAR_DISAGREES = lastYear("行政许可 | 430 | 5");
	private static final String R9 = "govreport.crossYear.R9 行政许可 上一年项目数量 应为 435";

	@TempDir
	Path workspace;

	@Test
	void lastYearsChangesInTheEditorOnSaveAndOnDiskRecheckThisYear() throws Exception {
		Path thisYear = Files.writeString(workspace.resolve("江城镇-2020.govreport"), THIS_YEAR);
		Path lastYear = Files.writeString(workspace.resolve("江城镇-2019.govreport"), LAST_YEAR);
		try (LanguageServerSession session = LanguageServerSession.start(LanguageServerIT.JAR, workspace,
				LanguageServerCrossYearIT::watchesFiles)) {
			assertEquals("register workspace/didChangeWatchedFiles {\"watchers\":[{\"globPattern\":\"**/*.govreport\"}]}",
					session.awaitTold("register"));
			session.open(thisYear, THIS_YEAR);
			session.awaitDiagnostics(thisYear, List::isEmpty);

			session.open(lastYear, LAST_YEAR);
			session.change(lastYear, 2, LAST_YEAR_DISAGREES);
			assertTrue(render(session.awaitDiagnostics(thisYear, published -> !published.isEmpty())).startsWith(R9),
					"the editor's text of last year's report counts, not the file's");
			session.change(lastYear, 3, LAST_YEAR);
			session.awaitDiagnostics(thisYear, List::isEmpty);

			Files.writeString(lastYear, LAST_YEAR_DISAGREES);
			session.change(lastYear, 4, LAST_YEAR_DISAGREES);
			session.awaitDiagnostics(thisYear, published -> !published.isEmpty());
			session.server().getTextDocumentService().didSave(new DidSaveTextDocumentParams(
					new TextDocumentIdentifier(lastYear.toUri().toString())));
			assertTrue(render(session.nextDiagnostics(thisYear).getDiagnostics()).startsWith(R9), "a save re-checks");

			session.server().getTextDocumentService().didClose(new DidCloseTextDocumentParams(
					new TextDocumentIdentifier(lastYear.toUri().toString())));
			Files.writeString(lastYear, LAST_YEAR);
			session.server().getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
					List.of(new FileEvent(lastYear.toUri().toString(), FileChangeType.Changed))));
			session.awaitDiagnostics(thisYear, List::isEmpty);
		}
	}

	@Test
	void definitionLeadsFromACellToTheRowOfLastYearItIsComparedWith() throws Exception {
		Path thisYear = Files.writeString(workspace.resolve("江城镇-2020.govreport"), THIS_YEAR);
		Path lastYear = Files.writeString(workspace.resolve("江城镇-2019.govreport"), LAST_YEAR);
		try (LanguageServerSession session = LanguageServerSession.start(LanguageServerIT.JAR, workspace)) {
			session.open(thisYear, THIS_YEAR);
			session.awaitDiagnostics(thisYear, List::isEmpty);
			// Line 19 of the file (18 from 0): 行政许可 | 440 | 7 | 0; the cursor on 440, 上一年项目数量 (R9).
			var definition = session.await(session.server().getTextDocumentService().definition(
					new DefinitionParams(new TextDocumentIdentifier(thisYear.toUri().toString()), new Position(18, 8))));
			List<? extends Location> locations = definition.getLeft();
			assertEquals(1, locations.size());
			Location location = locations.get(0);
			assertEquals(lastYear.toRealPath(), Path.of(java.net.URI.create(location.getUri())).toRealPath());
			assertEquals(18, location.getRange().getStart().getLine());
			assertEquals(List.of(), session.await(session.server().getTextDocumentService().definition(
					new DefinitionParams(new TextDocumentIdentifier(thisYear.toUri().toString()), new Position(1, 1)))).getLeft(),
					"a header line compares with nothing");
		}
	}

	private static void watchesFiles(org.eclipse.lsp4j.ClientCapabilities capabilities) {
		WorkspaceClientCapabilities workspace = capabilities.getWorkspace();
		workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
	}

	private static String lastYear(String permits) {
		String report = edit(jiangcheng2020(), "年度：2020", "年度：2019");
		report = edit(report, "行政处罚 | 26 | 6", "行政处罚 | 20 | 6");
		report = edit(report, "行政强制 | 14 | 9", "行政强制 | 5 | 9");
		return edit(report, "行政许可 | 440 | 7", permits);
	}

	private static String render(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(diagnostic -> diagnostic.getCode().getLeft() + " " + diagnostic.getMessage().getLeft())
				.collect(Collectors.joining("\n"));
	}
}
