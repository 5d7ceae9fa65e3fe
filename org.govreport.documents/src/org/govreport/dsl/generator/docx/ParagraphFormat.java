package org.govreport.dsl.generator.docx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph's properties as Word reads them, in the order the schema gives them; a null property is
 * left out (Word's default). Lengths are in twentieths of a point.
 *
 * @param keepNext   whether the paragraph stays on the page of the next one; null: not said
 * @param exactLine  fixed line height
 * @param after      space after the paragraph
 * @param firstLine  indent of the first line
 * @param alignment  {@code left}, {@code center} or {@code both} (justified)
 */
record ParagraphFormat(Boolean keepNext, Integer exactLine, Integer after, Integer firstLine, String alignment) {

	static ParagraphFormat aligned(String alignment) {
		return new ParagraphFormat(null, null, null, null, alignment);
	}

	ParagraphFormat keepingNext(boolean keep) {
		return new ParagraphFormat(keep, exactLine, after, firstLine, alignment);
	}

	/** Opens the paragraph and writes these properties; the caller writes its runs and ends it. */
	void start(WordXml xml) throws IOException {
		xml.open("p").open("pPr");
		if (keepNext != null) {
			xml.empty("keepNext", "val", keepNext ? "on" : "off");
		}
		var spacing = new ArrayList<String>();
		if (exactLine != null) {
			spacing.addAll(List.of("line", exactLine.toString(), "lineRule", "exact"));
		}
		if (after != null) {
			spacing.addAll(List.of("after", after.toString()));
		}
		if (!spacing.isEmpty()) {
			xml.empty("spacing", spacing.toArray(String[]::new));
		}
		if (firstLine != null) {
			xml.empty("ind", "firstLine", firstLine.toString());
		}
		if (alignment != null) {
			xml.empty("jc", "val", alignment);
		}
		xml.end();
	}
}
