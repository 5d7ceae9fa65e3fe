package org.govreport.dsl.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * its phrase within the same clause, so that unrelated numbers further on are not taken for it.
 */
public final class ProseFigureCheck implements ReportRule {
	/** Characters that end a clause, or start another number. */
	private static final String CLAUSE_BREAKS = "[^。；;，,、\\d]";
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
		for (Paragraph paragraph : paragraphs) {
			var quoted = new HashSet<Integer>();
			figures.forEach((figure, expected) -> check(report, paragraph, figure, expected, quoted, diagnostics));
		}
		return diagnostics;
	}

	/** @param quoted where figures already checked start, so that 新收 does not re-check 本年新收's number */
	private static void check(Report report, Paragraph paragraph, ProseFigure figure, BigDecimal expected,
			Set<Integer> quoted, List<Diagnostic> diagnostics) {
		for (String phrase : figure.phrases()) {
			if (!paragraph.text().contains(phrase)) {
				continue;
			}
			var matcher = PATTERNS.computeIfAbsent(phrase + "\u0000" + figure.unit() + figure.clauseWindow(),
					key -> Pattern.compile(Pattern.quote(phrase) + CLAUSE_BREAKS + "{0," + figure.clauseWindow() + "}?(\\d+)\\s*"
							+ Pattern.quote(figure.unit()))).matcher(paragraph.text());
			while (matcher.find()) {
				if (!quoted.add(matcher.start(1))) {
					continue;
				}
				var written = new BigDecimal(matcher.group(1));
				if (written.compareTo(expected) != 0) {
					diagnostics.add(Diagnostic.warning(IssueCodes.PROSE_FIGURE, "正文称“" + phrase + "”" + written + " " + figure.unit()
							+ "，表格中为 " + CellNames.number(expected) + " " + figure.unit() + "（" + names(report, figure.cells()) + "）",
							paragraph.rangeOf(matcher.start(1), matcher.group(1).length())).withFix(CellNames.number(expected)));
				}
			}
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
