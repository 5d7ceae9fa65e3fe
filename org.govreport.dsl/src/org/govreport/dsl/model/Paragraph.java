package org.govreport.dsl.model;

import org.govreport.dsl.parsing.source.SourceRange;

/**
 * One paragraph of prose, or a sub-heading such as （一）主动公开情况 that a renderer prints in bold.
 *
 * @param range the paragraph's first character and length; it lies on one source line
 * @param afterTable in a section of tables, the key of the table written last before this paragraph (a
 *        note such as 注：… belongs under it); null for prose written before the section's tables
 */
public record Paragraph(String text, SourceRange range, boolean subHeading, String afterTable) {

	public Paragraph(String text, SourceRange range, boolean subHeading) {
		this(text, range, subHeading, null);
	}

	/** The place of a piece of this paragraph, for diagnostics about a figure quoted in it. */
	public SourceRange rangeOf(int start, int length) {
		return new SourceRange(range.offset() + start, length, range.line(), range.column() + start);
	}

	/** This paragraph, printed under the given table. */
	public Paragraph under(String tableKey) {
		return new Paragraph(text, range, subHeading, tableKey);
	}
}
