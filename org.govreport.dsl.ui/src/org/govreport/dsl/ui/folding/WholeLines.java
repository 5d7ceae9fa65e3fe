package org.govreport.dsl.ui.folding;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.govreport.dsl.ide.folding.FoldRegion;

/**
 * A fold as JFace projection wants it: the projection viewer hides whole lines up to the line start the
 * position ends before, so a region ending inside its last line (as the language's regions end, at the
 * last character) would leave that line showing. The position runs on to the end of the line's delimiter.
 */
public final class WholeLines {
	private WholeLines() {
	}

	public static Position of(IDocument document, FoldRegion region) {
		int end = region.offset() + region.length();
		try {
			int lastLine = document.getLineOfOffset(Math.max(region.offset(), end - 1));
			int lineEnd = document.getLineOffset(lastLine) + document.getLineLength(lastLine);
			return new Position(region.offset(), Math.max(end, lineEnd) - region.offset());
		} catch (BadLocationException stale) {
			// The text changed since the regions were computed; the next reconcile brings fresh ones.
			return new Position(region.offset(), region.length());
		}
	}
}
