package org.govreport.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CompletionContext;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.CompletionTriggerKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Completion in a table cell through the packaged server: the item's text edit spans the cell, so that a
 * client applying it replaces the figure there instead of writing before it.
 */
class CellCompletionIT {
	private static final String REVIEW_TABLE = "年度：2021\n四、政府信息公开行政复议、行政诉讼情况\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n";

	@TempDir
	Path workspace;

	@Test
	void aTotalsItemOnACellHoldingZeroReplacesTheZero() throws Exception {
		String row = "行政复议 | 1 | 0 | 0 | 0 | ";
		String text = REVIEW_TABLE + row + "0\n";
		List<CompletionItem> items = complete(text, new Position(3, row.length()), " ");

		assertEquals("1 + 0 + 0 + 0 = 1 → 3:23-3:24 \"1\"", items.stream().map(CellCompletionIT::render)
				.collect(Collectors.joining("\n")));
		assertEquals(REVIEW_TABLE + row + "1\n", apply(text, items.get(0).getTextEdit().getLeft()));
	}

	@Test
	void aSeparatorJustTypedGetsTheValueWithTheFilesSpace() throws Exception {
		String row = "行政复议 | 1 | 0 | 0 | 0 |";
		String text = REVIEW_TABLE + row + "\n";
		List<CompletionItem> items = complete(text, new Position(3, row.length()), "|");

		assertEquals(REVIEW_TABLE + row + " 1\n", apply(text, items.get(0).getTextEdit().getLeft()));
	}

	@Test
	void aSpaceTypedAfterAWordOpensNothing() throws Exception {
		String text = REVIEW_TABLE + "行政复议 \n";
		assertEquals(List.of(), complete(text, new Position(3, "行政复议 ".length()), " "));
	}

	private List<CompletionItem> complete(String text, Position position, String trigger) throws Exception {
		Path report = Files.writeString(workspace.resolve("江城镇-2021.govreport"), text);
		try (LanguageServerSession session = LanguageServerSession.start(LanguageServerIT.JAR, workspace)) {
			session.open(report, text);
			session.nextDiagnostics(report);
			CompletionParams params = new CompletionParams(new TextDocumentIdentifier(report.toUri().toString()), position);
			params.setContext(new CompletionContext(CompletionTriggerKind.TriggerCharacter, trigger));
			Either<List<CompletionItem>, CompletionList> completion = session
					.await(session.server().getTextDocumentService().completion(params));
			return completion.isLeft() ? completion.getLeft() : completion.getRight().getItems();
		}
	}

	private static String render(CompletionItem item) {
		TextEdit edit = item.getTextEdit().getLeft();
		return item.getLabel() + " → " + edit.getRange().getStart().getLine() + ":" + edit.getRange().getStart().getCharacter()
				+ "-" + edit.getRange().getEnd().getLine() + ":" + edit.getRange().getEnd().getCharacter() + " \""
				+ edit.getNewText() + "\"";
	}

	/** The text as a client leaves it after applying the edit (single-line edits, as completion's are). */
	private static String apply(String text, TextEdit edit) {
		String[] lines = text.split("\n", -1);
		String line = lines[edit.getRange().getStart().getLine()];
		lines[edit.getRange().getStart().getLine()] = line.substring(0, edit.getRange().getStart().getCharacter())
				+ edit.getNewText() + line.substring(edit.getRange().getEnd().getCharacter());
		return String.join("\n", lines);
	}
}
