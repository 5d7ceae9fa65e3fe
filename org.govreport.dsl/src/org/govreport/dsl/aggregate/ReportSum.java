package org.govreport.dsl.aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.model.Cell;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.TemplateDescription;

/**
 * The tables of several reports of one year and version, added cell by cell. BigDecimal addition keeps
 * the largest scale of its terms, so amounts in 万元 keep the decimals they were written with.
 *
 * @param figures every cell of the template, totals included, in template order
 * @param unknown cells that some input could not give (a word where a number belongs, only with force):
 *        their sum leaves that input's figure out, and the summed text says so
 */
public record ReportSum(TemplateDescription template, int year, List<String> sources, Map<CellRef, BigDecimal> figures,
		List<Unknown> unknown) {

	/** A cell one input could not give. */
	public record Unknown(String source, CellRef cell) {
	}

	/** @throws IllegalArgumentException listing the mismatches, when the reports cannot be summed */
	public static ReportSum of(List<Report> reports) {
		if (reports.isEmpty()) {
			throw new IllegalArgumentException("no reports to sum");
		}
		var mismatches = SumInputs.mismatches(reports);
		if (!mismatches.isEmpty()) {
			throw new IllegalArgumentException("reports of different years or template versions cannot be summed:\n"
					+ String.join("\n", mismatches));
		}
		var template = reports.get(0).template();
		var figures = new LinkedHashMap<CellRef, BigDecimal>();
		var unknown = new ArrayList<Unknown>();
		var sources = new ArrayList<String>();
		for (Report report : reports) {
			sources.add(report.sourceName());
			for (var table : report.tables().values()) {
				for (Cell cell : table.cells()) {
					if (!cell.isKnown()) {
						unknown.add(new Unknown(report.sourceName(), cell.ref()));
					}
					figures.merge(cell.ref(), cell.isKnown() ? cell.value() : BigDecimal.ZERO, BigDecimal::add);
				}
			}
		}
		return new ReportSum(template, reports.get(0).year(), List.copyOf(sources), figures, List.copyOf(unknown));
	}

	public BigDecimal figure(CellRef cell) {
		return figures.getOrDefault(cell, BigDecimal.ZERO);
	}
}
