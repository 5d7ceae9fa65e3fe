package org.govreport.dsl.model;

import org.govreport.dsl.parsing.source.SourceRange;

/**
 * One paragraph of prose, or a sub-heading such as （一）主动公开情况 that a renderer prints in bold.
 *
 * @param range the paragraph's first character and length; it lies on one source line
 */
public record Paragraph(String text, SourceRange range, boolean subHeading) {

	/** The place of a piece of this paragraph, for diagnostics about a figure quoted in it. */
	public SourceRange rangeOf(int start, int length) {
		return new SourceRange(range.offset() + start, length, range.line(), range.column() + start);
	}
}
