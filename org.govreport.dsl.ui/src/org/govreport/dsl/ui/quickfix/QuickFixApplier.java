package org.govreport.dsl.ui.quickfix;

import java.util.Comparator;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.govreport.dsl.ide.codeactions.QuickFix;
import org.govreport.dsl.ide.codeactions.TextChange;

/** Makes a fix's text changes in a document, the last first so that the earlier offsets stay valid. */
final class QuickFixApplier {

	private QuickFixApplier() {
	}

	static void apply(IDocument document, QuickFix fix) {
		var changes = fix.changes().stream().sorted(Comparator.comparingInt(TextChange::offset).reversed()).toList();
		try {
			for (TextChange change : changes) {
				document.replace(change.offset(), change.length(), change.text());
			}
		} catch (BadLocationException e) {
			// The document changed since the fix was computed; the next check offers a fresh one.
		}
	}
}
