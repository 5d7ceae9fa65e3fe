package org.govreport.dsl.ide.editing;

/** A completion proposal: replace {@code replaceLength} chars at {@code replaceOffset} with {@code text}. */
public record EditorCompletion(String text, String label, String description, int replaceOffset,
		int replaceLength) {
}
