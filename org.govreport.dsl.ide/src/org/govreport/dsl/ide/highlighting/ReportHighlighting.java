package org.govreport.dsl.ide.highlighting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.model.LinePlace;
import org.govreport.dsl.ide.document.ReportDocument;
import org.govreport.dsl.ide.document.WorkedSum;
import org.govreport.dsl.parsing.source.SourceCell;
import org.govreport.dsl.parsing.source.SourceLine.FieldLine;
import org.govreport.dsl.parsing.source.SourceLine.HeadingLine;
import org.govreport.dsl.parsing.source.SourceLine.ProseLine;
import org.govreport.dsl.parsing.source.SourceLine.TableLine;
import org.govreport.dsl.parsing.source.SourceRange;
import org.govreport.dsl.parsing.source.SourceText;
import org.govreport.dsl.template.CellRef;

/**
 * Colours a report by what each piece of text is in the template: header keys, section headings, row
 * labels, column names, numbers and units, prose, comments, and totals, told apart by whether they
 * agree with the sum their rule computes.
 */
public final class ReportHighlighting {
	private static final String COMMENT_RULE = "COMMENT";

	public List<HighlightedSpan> of(XtextResource resource) {
		var document = ReportDocument.of(resource);
		var spans = new ArrayList<HighlightedSpan>();
		for (LinePlace place : document.places()) {
			if (place.line() instanceof FieldLine field) {
				add(spans, field.key(), HighlightStyle.KEYWORD);
			} else if (place.line() instanceof HeadingLine heading) {
				add(spans, heading.range(), headingStyle(document, place, heading));
			} else if (place.line() instanceof ProseLine prose) {
				add(spans, prose.range(), HighlightStyle.PROSE);
			} else if (place.line() instanceof TableLine line) {
				tableLine(document, place, line, spans);
			}
		}
		if (resource.getParseResult() != null) {
			for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
				if (leaf.isHidden() && isComment(leaf.getGrammarElement())) {
					spans.add(new HighlightedSpan(leaf.getOffset(), leaf.getLength(), HighlightStyle.COMMENT));
				}
			}
		}
		spans.sort(Comparator.comparingInt(HighlightedSpan::offset));
		return spans;
	}

	private static HighlightStyle headingStyle(ReportDocument document, LinePlace place, HeadingLine heading) {
		if (document.sections().stream().anyMatch(section -> section.heading().equals(heading.range()))) {
			return HighlightStyle.SECTION;
		}
		return place.role() == LinePlace.LineRole.SUB_HEADING ? HighlightStyle.SUB_HEADING : HighlightStyle.HEADING;
	}

	/** A hidden token's grammar element is its terminal rule; a visible one's is the call of it. */
	private static boolean isComment(EObject grammarElement) {
		var rule = grammarElement instanceof RuleCall call ? call.getRule() : grammarElement;
		return rule instanceof TerminalRule terminal && COMMENT_RULE.equals(terminal.getName());
	}

	private static void tableLine(ReportDocument document, LinePlace place, TableLine line, List<HighlightedSpan> spans) {
		add(spans, line.label(), place.isHeader() ? HighlightStyle.HEADING : HighlightStyle.LABEL);
		for (int i = 0; i < line.cells().size(); i++) {
			SourceCell cell = line.cells().get(i);
			if (cell.word() != null) {
				add(spans, cell.word(), place.isHeader() ? HighlightStyle.COLUMN : HighlightStyle.WORD);
			}
			if (cell.number() != null) {
				add(spans, cell.number(), numberStyle(document, place, i));
			}
			add(spans, cell.unit(), HighlightStyle.UNIT);
		}
	}

	private static HighlightStyle numberStyle(ReportDocument document, LinePlace place, int cellIndex) {
		if (place.row() == null || cellIndex >= place.columns().size() || place.columns().get(cellIndex) == null) {
			return HighlightStyle.NUMBER;
		}
		var ref = new CellRef(place.table().key(), place.row().key(), place.columns().get(cellIndex).key());
		var report = document.report();
		if (!report.template().isTotal(ref)) {
			return HighlightStyle.NUMBER;
		}
		var written = report.cell(ref);
		var computed = WorkedSum.definitionOf(report, ref).map(WorkedSum::value).orElse(null);
		boolean agrees = written == null || written.value() == null || computed == null
				|| written.value().compareTo(computed) == 0;
		return agrees ? HighlightStyle.TOTAL : HighlightStyle.WRONG_TOTAL;
	}

	private static void add(List<HighlightedSpan> spans, SourceText text, HighlightStyle style) {
		if (text != null) {
			add(spans, text.range(), style);
		}
	}

	private static void add(List<HighlightedSpan> spans, SourceRange range, HighlightStyle style) {
		if (range.length() > 0) {
			spans.add(new HighlightedSpan(range.offset(), range.length(), style));
		}
	}
}
