package org.govreport.dsl.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.govreport.dsl.model.Cell;
import org.govreport.dsl.model.CellOrigin;
import org.govreport.dsl.model.HeaderFields;
import org.govreport.dsl.model.Paragraph;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;

/**
 * A report as one fact a line, named as {@link ReportDiff} names places ({@code 表 三 · 一、本年新收 ·
 * 自然人: 5}), for git's textconv: a line diff of two listings then shows each changed cell as a removed
 * and an added line, whatever the layout of the source. Cells at 0 and computed totals are left out.
 */
public final class ReportListing {
	private ReportListing() {
	}

	public static List<String> of(Report report) {
		var lines = new ArrayList<String>();
		field(lines, HeaderFields.ORGAN, report.organ());
		field(lines, HeaderFields.YEAR, Objects.toString(report.year(), null));
		field(lines, HeaderFields.TEMPLATE, report.template().id());
		field(lines, HeaderFields.LEVEL, report.level() == null ? null : report.level().name());
		field(lines, HeaderFields.PREVIOUS, report.previousReport());
		field(lines, HeaderFields.SUMMED, HeaderFields.summed(report));
		paragraphs(lines, "前言", report.preamble());
		for (SectionSpec section : report.template().sections()) {
			report.section(section).ifPresent(written -> paragraphs(lines, section.officialHeading(), written.paragraphs()));
			for (TableSpec table : section.tables()) {
				for (Cell cell : report.table(table.key()).cells()) {
					if (cell.origin() != CellOrigin.COMPUTED && (!cell.isKnown() || cell.value().signum() != 0)) {
						lines.add(CellNaming.cell(report.template(), table, table.row(cell.ref().row()).orElseThrow(),
								table.column(cell.ref().column()).orElseThrow()) + ": " + CellNaming.figure(cell));
					}
				}
			}
		}
		return lines;
	}

	private static void field(List<String> lines, String name, String value) {
		if (value != null) {
			lines.add(name + ": " + value);
		}
	}

	private static void paragraphs(List<String> lines, String place, List<Paragraph> paragraphs) {
		// not numbered: a paragraph inserted would otherwise change every line after it
		paragraphs.forEach(paragraph -> lines.add(place + ": " + paragraph.text()));
	}
}
