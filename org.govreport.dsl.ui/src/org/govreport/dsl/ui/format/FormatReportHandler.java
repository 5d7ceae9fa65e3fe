package org.govreport.dsl.ui.format;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govreport.dsl.ui.GovReportLanguage;

/**
 * Source → Format (Ctrl+Shift+F): the canonical layout of {@code govreport fmt}, as one undoable edit.
 * The cursor stays on its line.
 */
public class FormatReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor)) {
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		if (document == null) {
			return null;
		}
		String text = document.get();
		String formatted = GovReportLanguage.awaitServices().format(text);
		if (formatted.equals(text)) {
			return null;
		}
		int line = editor.getSelectionProvider().getSelection() instanceof ITextSelection selection ? selection.getStartLine() : 0;
		try {
			replaceChangedPart(document, text, formatted);
			int target = Math.min(Math.max(line, 0), document.getNumberOfLines() - 1);
			editor.selectAndReveal(document.getLineOffset(target), 0);
		} catch (BadLocationException e) {
			// The document changed under us; the next format starts from what is there.
		}
		return null;
	}

	/** Only the span between the unchanged start and end is replaced, so the view does not jump. */
	private static void replaceChangedPart(IDocument document, String text, String formatted) throws BadLocationException {
		int start = 0;
		int limit = Math.min(text.length(), formatted.length());
		while (start < limit && text.charAt(start) == formatted.charAt(start)) {
			start++;
		}
		int end = 0;
		while (end < limit - start
				&& text.charAt(text.length() - 1 - end) == formatted.charAt(formatted.length() - 1 - end)) {
			end++;
		}
		document.replace(start, text.length() - start - end, formatted.substring(start, formatted.length() - end));
	}
}
