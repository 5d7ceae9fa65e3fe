package org.govreport.dsl.format;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.parsing.source.SourceLine;
import org.govreport.dsl.parsing.source.SourceRange;
import org.govreport.dsl.parsing.LineBreaks;
import org.govreport.dsl.parsing.ReportTextParser;
import org.govreport.dsl.parsing.SourceLinesReader;

/**
 * A text's physical lines with what the real parser read on each: the element that starts there, the
 * offset of its comment, and whether the line must be kept as written (inside a prose block, or where
 * the parser met a syntax error, so that nothing it could not read is rewritten).
 */
final class ParsedLines {
	private static final String COMMENT_RULE = "COMMENT";

	final String text;
	final List<String> lines;
	private final int[] starts;
	private final boolean[] verbatim;
	private final SourceLine[] elements;
	private final Map<Integer, Integer> comments = new HashMap<>();

	ParsedLines(String text) {
		this.text = text;
		this.lines = LineBreaks.split(text);
		this.starts = new int[lines.size()];
		for (int i = 1, offset = 0; i < lines.size(); i++) {
			offset += lines.get(i - 1).length();
			offset += text.startsWith(LineBreaks.CRLF, offset) ? 2 : 1;
			starts[i] = offset;
		}
		this.verbatim = new boolean[lines.size()];
		this.elements = new SourceLine[lines.size()];
		read(ReportTextParser.parse(text));
	}

	boolean isVerbatim(int line) {
		return verbatim[line];
	}

	SourceLine element(int line) {
		return elements[line];
	}

	/** The comment that ends this line, {@code #} included, or "". */
	String comment(int line) {
		Integer start = comments.get(line);
		return start == null ? "" : text.substring(start, starts[line] + lines.get(line).length());
	}

	/** The source text of a range, as written. */
	String written(SourceRange range) {
		return text.substring(range.offset(), range.offset() + range.length());
	}

	private void read(IParseResult result) {
		for (ILeafNode leaf : result.getRootNode().getLeafNodes()) {
			if (isComment(leaf)) {
				comments.put(lineOf(leaf.getOffset()), leaf.getOffset());
			}
		}
		if (result.getRootASTElement() instanceof Report report) {
			for (SourceLine element : SourceLinesReader.read(report)) {
				place(element);
			}
		}
		for (INode error : result.getSyntaxErrors()) {
			keepAsWritten(error.getTotalOffset(), error.getTotalEndOffset());
		}
	}

	private void place(SourceLine element) {
		SourceRange range = element.range();
		int first = lineOf(range.offset());
		int last = lineOf(range.offset() + range.length());
		if (element instanceof SourceLine.ProseLine || first != last) {
			keepAsWritten(range.offset(), range.offset() + range.length());
		} else {
			elements[first] = element;
		}
	}

	private void keepAsWritten(int from, int to) {
		for (int line = lineOf(from); line <= lineOf(Math.max(from, to)); line++) {
			verbatim[line] = true;
		}
	}

	private int lineOf(int offset) {
		int found = Arrays.binarySearch(starts, offset);
		return found >= 0 ? found : -found - 2;
	}

	private static boolean isComment(ILeafNode leaf) {
		Object grammarElement = leaf.getGrammarElement();
		AbstractRule rule = grammarElement instanceof RuleCall call ? call.getRule()
				: grammarElement instanceof AbstractRule own ? own : null;
		return leaf.isHidden() && rule != null && COMMENT_RULE.equals(rule.getName());
	}
}
