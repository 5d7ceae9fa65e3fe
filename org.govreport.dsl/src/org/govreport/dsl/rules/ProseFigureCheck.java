package org.govreport.dsl.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.model.CellNames;
import org.govreport.dsl.model.Cell;
import org.govreport.dsl.model.Paragraph;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportSection;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.ProseFigure;

/**
 * R11: a figure quoted in prose (本年新收政府信息公开申请5件) must equal the table. The figure must follow
 * its phrase within the same clause, so that unrelated numbers further on are not taken for it. A
 * mismatch offers no fix: the prose may be right and the table wrong, and only the writer knows which.
 */
public final class ProseFigureCheck implements ReportRule {
	/** Characters that end a clause, or start another number. */
	private static final String CLAUSE_BREAKS = "[^。；;，,、\\d]";
	/** Where a sentence ends: a context word (行政复议) before it says nothing about what follows. */
	private static final String SENTENCE_ENDS = "。！？";
	/** Names of more cells than this are left out of the message, which must stay one short line. */
	private static final int NAMED_CELLS = 2;
	/** Compiled once per phrase: a long report has thousands of paragraphs. */
	private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

	@Override
	public List<Diagnostic> check(Report report) {
		var diagnostics = new ArrayList<Diagnostic>();
		var paragraphs = new ArrayList<>(report.preamble());
		report.sections().stream().map(ReportSection::paragraphs).forEach(paragraphs::addAll);
		var figures = new LinkedHashMap<ProseFigure, BigDecimal>();
		for (ProseFigure figure : report.template().proseFigures()) {
			var expected = sum(report, figure.cells());
			if (expected != null) {
				figures.put(figure, expected);
			}
		}
		var contexts = figures.keySet().stream().map(ProseFigure::context).filter(Objects::nonNull).distinct().toList();
		for (Paragraph paragraph : paragraphs) {
			var quoted = new HashSet<Integer>();
			figures.forEach((figure, expected) -> check(report, paragraph, figure, expected, new Quoted(quoted, contexts), diagnostics));
		}
		return diagnostics;
	}

	/** @param quoted where figures already checked start, so that 新收 does not re-check 本年新收's number */
	private static void check(Report report, Paragraph paragraph, ProseFigure figure, BigDecimal expected,
			Quoted quoted, List<Diagnostic> diagnostics) {
		for (String phrase : figure.phrases()) {
			if (!paragraph.text().contains(phrase)) {
				continue;
			}
			var matcher = PATTERNS.computeIfAbsent(phrase + "\u0000" + figure.unit() + figure.clauseWindow(),
					key -> Pattern.compile(Pattern.quote(phrase) + CLAUSE_BREAKS + "{0," + figure.clauseWindow() + "}?(\\d+)\\s*"
							+ Pattern.quote(figure.unit()))).matcher(paragraph.text());
			while (matcher.find()) {
				if (figure.context() != null && !figure.context().equals(quoted.contextBefore(paragraph.text(), matcher.start()))
						|| !quoted.positions().add(matcher.start(1))) {
					continue;
				}
				var written = new BigDecimal(matcher.group(1));
				if (written.compareTo(expected) != 0) {
					var where = figure.cells().size() > NAMED_CELLS ? "" : "（" + names(report, figure.cells()) + "）";
					diagnostics.add(Diagnostic.warning(IssueCodes.PROSE_FIGURE, "正文称“" + phrase + "”" + written + " " + figure.unit()
							+ "，表格中为 " + CellNames.number(expected) + " " + figure.unit() + where + "，请核对",
							paragraph.rangeOf(matcher.start(1), matcher.group(1).length())));
				}
			}
		}
	}

	/**
	 * @param positions where figures already checked start, so that 新收 does not re-check 本年新收's number
	 * @param contexts the words that set what a contextual phrase counts (行政复议, 行政诉讼)
	 */
	private record Quoted(Set<Integer> positions, List<String> contexts) {
		/** The last context word before the phrase within its sentence, or null. */
		String contextBefore(String text, int phraseStart) {
			int sentence = phraseStart;
			while (sentence > 0 && SENTENCE_ENDS.indexOf(text.charAt(sentence - 1)) < 0) {
				sentence--;
			}
			var before = text.substring(sentence, phraseStart);
			String last = null;
			int lastAt = -1;
			for (String context : contexts) {
				int at = before.lastIndexOf(context);
				if (at > lastAt) {
					last = context;
					lastAt = at;
				}
			}
			return last;
		}
	}

	private static BigDecimal sum(Report report, List<CellRef> refs) {
		var sum = BigDecimal.ZERO;
		for (CellRef ref : refs) {
			Cell cell = report.cell(ref);
			if (cell == null || !cell.isKnown()) {
				return null;
			}
			sum = sum.add(cell.value());
		}
		return sum;
	}

	private static String names(Report report, List<CellRef> refs) {
		return String.join(" + ", refs.stream().map(ref -> CellNames.cell(report, ref)).toList());
	}
}
