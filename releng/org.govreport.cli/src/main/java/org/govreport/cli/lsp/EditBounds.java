package org.govreport.cli.lsp;

import java.util.List;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.Document;

/**
 * Whether a client's edits fit the text the server holds. One that does not means the two texts have
 * drifted apart; applied anyway, later edits (a formatting reply) would destroy the user's text.
 */
final class EditBounds {
	private EditBounds() {
	}

	/** @return what does not fit, in words (line and column counted from 1); null when every edit fits */
	static String misfit(Document document, List<TextDocumentContentChangeEvent> changes) {
		String text = document.getContents();
		for (TextDocumentContentChangeEvent change : changes) {
			if (change.getRange() == null) {
				text = change.getText();
				continue;
			}
			String[] lines = text.split("\n", -1);
			for (Position position : List.of(change.getRange().getStart(), change.getRange().getEnd())) {
				String problem = misfit(lines, position);
				if (problem != null) {
					return problem;
				}
			}
			text = new Document(0, text, false).applyTextDocumentChanges(List.of(change)).getContents();
		}
		return null;
	}

	private static String misfit(String[] lines, Position position) {
		int line = position.getLine();
		if (line < 0 || line >= lines.length) {
			return "第 " + (line + 1) + " 行不存在（文档有 " + lines.length + " 行）";
		}
		String content = lines[line].endsWith("\r") ? lines[line].substring(0, lines[line].length() - 1) : lines[line];
		if (position.getCharacter() < 0 || position.getCharacter() > content.length()) {
			return "第 " + (line + 1) + " 行没有第 " + (position.getCharacter() + 1) + " 列（该行有 " + content.length() + " 个字符）";
		}
		return null;
	}

	/** Whether the changes replace the whole text, which brings a drifted document back in step. */
	static boolean replacesAll(List<TextDocumentContentChangeEvent> changes) {
		return changes.stream().anyMatch(change -> change.getRange() == null);
	}
}
