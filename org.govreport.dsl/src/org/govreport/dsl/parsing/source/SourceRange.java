package org.govreport.dsl.parsing.source;

/** A span of the source text; line and column are 1-based, offset and length count UTF-16 chars. */
public record SourceRange(int offset, int length, int line, int column) {
	public static final SourceRange NONE = new SourceRange(0, 0, 1, 1);
}
