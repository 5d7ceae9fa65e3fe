package org.govreport.dsl.parsing.source;

import java.util.List;

/**
 * The lines of a .govreport file as the parser saw them, before any template knowledge is applied.
 * This is the boundary between the Xtext parse tree and the typed report model: nothing past it
 * knows about EMF or Xtext.
 */
public sealed interface SourceLine {
	SourceRange range();

	/** {@code 机关：江城镇}; key is the keyword as written (机关, 年度, 格式, 层级, 上年报告 or an English alias). */
	record FieldLine(SourceText key, SourceText value, SourceRange range) implements SourceLine {
	}

	/** A line of its own text: a section heading or a sub-table title. */
	record HeadingLine(SourceText text, SourceRange range) implements SourceLine {
	}

	/** The text between triple quotes, quotes removed; its range is that of the content. */
	record ProseLine(SourceText text, SourceRange range) implements SourceLine {
	}

	/** A table line: optional label, then cells separated by |. */
	record TableLine(SourceText label, List<SourceCell> cells, SourceRange range) implements SourceLine {
	}
}
