package org.govreport.dsl.aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.govreport.dsl.format.ReportFormatter;
import org.govreport.dsl.model.HeaderFields;
import org.govreport.dsl.model.Paragraph;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportSection;
import org.govreport.dsl.skeleton.ReportSkeleton;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.OrganLevel;
import org.govreport.dsl.template.ProseFigure;
import org.govreport.dsl.template.SectionKind;
import org.govreport.dsl.template.SectionSpec;

/**
 * The .govreport text of a summed report: the summing organ's header, a comment naming the inputs, the
 * summed tables (totals left blank, so computed and balanced), and the prose sections as a skeleton to
 * write. Figures the inputs' prose quotes (R11) are quoted with their sums as a first sentence.
 */
public final class SummedReportText {
	private static final String PROSE_QUOTES = "\"\"\"";

	private final ReportSkeleton skeleton = new ReportSkeleton();

	/** @param level the summing organ's level, or null */
	public String write(ReportSum sum, List<Report> inputs, String organ, OrganLevel level) {
		var lines = new ArrayList<String>();
		lines.add("# " + organ + " " + sum.year() + " 年度报告：由 govreport sum 汇总 " + sum.sources().size() + " 份报告的表格，正文待写");
		sum.sources().forEach(source -> lines.add("# 汇总自：" + source.replaceAll("[\r\n]", " ")));
		sum.unknown().forEach(unknown -> lines.add("# 注意：" + unknown.source() + " 的 " + name(sum, unknown.cell())
				+ " 不是数字，未计入合计"));
		lines.add(HeaderFields.ORGAN + "：" + organ);
		lines.add(HeaderFields.YEAR + "：" + sum.year());
		lines.add(HeaderFields.TEMPLATE + "：" + sum.template().id());
		if (level != null) {
			lines.add(HeaderFields.LEVEL + "：" + level.name());
		}
		lines.add(HeaderFields.SUMMED + "：" + String.join(HeaderFields.SUMMED_SEPARATOR, organs(inputs)));
		for (SectionSpec section : sum.template().sections()) {
			lines.add("");
			lines.add(section.officialHeading());
			if (section.kind() == SectionKind.PROSE) {
				lines.add(PROSE_QUOTES);
				if (section.ordinal() == 1) {
					quotedFigures(sum, inputs).ifPresent(lines::add);
				}
				lines.add(PROSE_QUOTES);
			}
			section.tables().forEach(table -> lines.addAll(skeleton.table(table,
					(row, column) -> number(sum.figure(new CellRef(table.key(), row.key(), column.key()))))));
		}
		return new ReportFormatter().format(String.join("\n", lines) + "\n");
	}

	/** 本年新收5件，上年结转0件…: the R11 figures that some input's prose mentions, with their sums. */
	private static Optional<String> quotedFigures(ReportSum sum, List<Report> inputs) {
		var prose = proseOf(inputs);
		var quotes = new LinkedHashSet<String>();
		for (ProseFigure figure : sum.template().proseFigures()) {
			if (figure.phrases().stream().anyMatch(phrase -> prose.stream().anyMatch(text -> text.contains(phrase)))) {
				var total = figure.cells().stream().map(sum::figure).reduce(BigDecimal.ZERO, BigDecimal::add);
				// 结果维持 counts for 行政复议 or for 行政诉讼: the summed sentence says which
				quotes.add((figure.context() == null ? "" : figure.context()) + figure.phrases().get(0) + number(total) + "件");
			}
		}
		return quotes.isEmpty() ? Optional.empty()
				: Optional.of("（汇总数，请核对后改写）" + String.join("，", quotes) + "。");
	}

	/** The organs summed, each once, in the inputs' order; an input without 机关 is named by its file. */
	private static List<String> organs(List<Report> inputs) {
		var organs = new LinkedHashSet<String>();
		inputs.forEach(input -> organs.add(input.organ() == null ? input.sourceName() : input.organ()));
		return List.copyOf(organs);
	}

	private static List<String> proseOf(List<Report> inputs) {
		var prose = new ArrayList<String>();
		for (Report input : inputs) {
			input.preamble().stream().map(Paragraph::text).forEach(prose::add);
			input.sections().stream().map(ReportSection::paragraphs).flatMap(List::stream).map(Paragraph::text)
					.forEach(prose::add);
		}
		return prose;
	}

	private static String name(ReportSum sum, CellRef ref) {
		var table = sum.template().table(ref.table()).orElseThrow();
		return CellNaming.cell(sum.template(), table, table.row(ref.row()).orElseThrow(),
				table.column(ref.column()).orElseThrow());
	}

	private static String number(BigDecimal value) {
		return value.toPlainString();
	}
}
