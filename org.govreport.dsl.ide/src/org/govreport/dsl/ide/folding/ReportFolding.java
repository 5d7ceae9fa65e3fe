package org.govreport.dsl.ide.folding;

import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.ide.document.ReportDocument;
import org.govreport.dsl.parsing.source.SourceLine.ProseLine;

/** Sections fold from their heading to the next section; prose blocks fold when they span lines. */
public final class ReportFolding {

	public List<FoldRegion> of(ReportDocument document) {
		var regions = new ArrayList<FoldRegion>();
		String text = document.text();
		for (var section : document.sections()) {
			int start = section.heading().offset();
			int end = trimEnd(text, section.end());
			if (text.substring(start, end).contains("\n")) {
				regions.add(new FoldRegion(start, end - start));
			}
		}
		for (var place : document.places()) {
			if (place.line() instanceof ProseLine && text.substring(place.offset(), place.end()).contains("\n")) {
				regions.add(new FoldRegion(place.offset(), place.end() - place.offset()));
			}
		}
		regions.sort((first, second) -> Integer.compare(first.offset(), second.offset()));
		return regions;
	}

	/** Blank lines before the next section belong to no section's fold. */
	private static int trimEnd(String text, int end) {
		int trimmed = Math.min(end, text.length());
		while (trimmed > 0 && Character.isWhitespace(text.charAt(trimmed - 1))) {
			trimmed--;
		}
		return trimmed;
	}
}
