package org.govreport.dsl.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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
 * its phrase within the same clause, so that unrelated numbers further on are not taken for it, and it
 * belongs to the nearest phrase before it (行政复议结果维持1件 states 结果维持, not 行政复议). A mismatch
 * offers no fix: the prose may be right and the table wrong, and only the writer knows which.
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

	/** A number in the prose and the phrase that states it. */
	private record Quote(ProseFigure figure, String phrase, int phraseEnd, int start, String number) {
	}

	@Override
	public List<Diagnostic> check(Report report) {
		var diagnostics = new ArrayList<Diagnostic>();
		var paragraphs = new ArrayList<>(report.preamble());
		report.sections().stream().map(ReportSection::paragraphs).forEach(paragraphs::addAll);
		// The description's own figures, looked up as themselves: a figure's generated hashCode would walk
		// its phrases and cells.
		var figures = new ArrayList<ProseFigure>();
		var expectedSums = new IdentityHashMap<ProseFigure, BigDecimal>();
		for (ProseFigure figure : report.template().proseFigures()) {
			var expected = sum(report, figure.cells());
			if (expected != null) {
				figures.add(figure);
				expectedSums.put(figure, expected);
			}
		}
		var contexts = figures.stream().map(ProseFigure::context).filter(Objects::nonNull).distinct().toList();
		for (Paragraph paragraph : paragraphs) {
			for (Quote quote : quotes(paragraph.text(), figures, contexts).values()) {
				var written = new BigDecimal(quote.number());
				var expected = expectedSums.get(quote.figure());
				if (written.compareTo(expected) != 0) {
					var figure = quote.figure();
					var where = figure.cells().size() > NAMED_CELLS ? "" : "（" + names(report, figure.cells()) + "）";
					diagnostics.add(Diagnostic.warning(IssueCodes.PROSE_FIGURE, "正文称“" + quote.phrase() + "”" + written + " " + figure.unit()
							+ "，表格中为 " + CellNames.number(expected) + " " + figure.unit() + where + "，请核对",
							paragraph.rangeOf(quote.start(), quote.number().length())));
				}
			}
		}
		return diagnostics;
	}

	/** Each number stated by a phrase, by where it starts; of several phrases, the one ending nearest to it. */
	private static Map<Integer, Quote> quotes(String text, Iterable<ProseFigure> figures, List<String> contexts) {
		var quotes = new TreeMap<Integer, Quote>();
		for (ProseFigure figure : figures) {
			for (String phrase : figure.phrases()) {
				if (!text.contains(phrase)) {
					continue;
				}
				var matcher = PATTERNS.computeIfAbsent(phrase + "\u0000" + figure.unit() + figure.clauseWindow(),
						key -> Pattern.compile(Pattern.quote(phrase) + CLAUSE_BREAKS + "{0," + figure.clauseWindow() + "}?(\\d+)\\s*"
								+ Pattern.quote(figure.unit()))).matcher(text);
				while (matcher.find()) {
					if (figure.context() != null && !figure.context().equals(contextBefore(text, matcher.start(), contexts))) {
						continue;
					}
					var quote = new Quote(figure, phrase, matcher.start() + phrase.length(), matcher.start(1), matcher.group(1));
					var earlier = quotes.get(quote.start());
					// nearer wins; at the same end the longer phrase (本年新收 over 新收)
					if (earlier == null || quote.phraseEnd() > earlier.phraseEnd()
							|| quote.phraseEnd() == earlier.phraseEnd() && phrase.length() > earlier.phrase().length()) {
						quotes.put(quote.start(), quote);
					}
				}
			}
		}
		return quotes;
	}

	/** The last context word (行政复议, 行政诉讼) before the phrase within its sentence, or null. */
	private static String contextBefore(String text, int phraseStart, List<String> contexts) {
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
