package org.govreport.dsl.parsing.source;

/**
 * One cell of a table line as written: a number (with an optional unit word after it), or a word
 * (a column label in a header line, or text such as 无 where a number belongs), or nothing at all.
 */
public record SourceCell(SourceRange range, SourceText number, SourceText unit, SourceText word) {
	public boolean isEmpty() {
		return number == null && word == null;
	}
}
