package org.govreport.dsl.generator.pdf;

import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.govreport.dsl.generator.layout.DocumentLayout;
import org.govreport.dsl.model.Paragraph;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportSection;

/**
 * The characters of a report that no embedded face has (an emoji, a CJK character beyond what the
 * faces cover): the PDF layout prints them as #, so a build names them rather than let them vanish.
 * Only text the report wrote is looked at: the template's own wording is covered by construction.
 */
public final class UnprintableCharacters {
	private UnprintableCharacters() {
	}

	/** The code points, in order; whitespace and control characters are not printed as glyphs and never count. */
	public static SortedSet<Integer> in(Report report) {
		var missing = new TreeSet<Integer>();
		var paragraphs = Stream.concat(report.preamble().stream(),
				report.sections().stream().map(ReportSection::paragraphs).flatMap(java.util.List::stream));
		Stream.concat(Stream.of(DocumentLayout.title(report)), paragraphs.map(Paragraph::text))
				.flatMapToInt(String::codePoints)
				.filter(codePoint -> !Character.isWhitespace(codePoint) && !Character.isISOControl(codePoint)
						&& Character.getType(codePoint) != Character.FORMAT && !missing.contains(codePoint)
						&& !PdfFace.printable(codePoint))
				.forEach(missing::add);
		return missing;
	}
}
