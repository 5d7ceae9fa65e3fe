package org.govreport.dsl.ide.symbols;

import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.model.LinePlace;
import org.govreport.dsl.ide.document.ReportDocument;
import org.govreport.dsl.ide.document.SectionPlace;
import org.govreport.dsl.ide.document.TableNames;
import org.govreport.dsl.parsing.source.SourceLine.FieldLine;
import org.govreport.dsl.template.TableSpec;

/** The outline of a report: its header, then the sections as written with the tables in each. */
public final class ReportOutline {

	public List<OutlineEntry> of(ReportDocument document) {
		var entries = new ArrayList<OutlineEntry>();
		var fields = document.places().stream().filter(place -> place.line() instanceof FieldLine).toList();
		if (!fields.isEmpty()) {
			var report = document.report();
			var detail = (report.organ() == null ? "" : report.organ()) + (report.year() == null ? "" : " " + report.year())
					+ " · " + document.template().id();
			int start = fields.get(0).offset();
			int end = fields.get(fields.size() - 1).end();
			entries.add(new OutlineEntry("报告信息", detail.trim(), OutlineEntry.Kind.HEADER, start, end - start, start,
					fields.get(0).end() - start, List.of()));
		}
		for (SectionPlace section : document.sections()) {
			int start = section.heading().offset();
			entries.add(new OutlineEntry(section.spec().officialHeading(), "", OutlineEntry.Kind.SECTION, start,
					section.end() - start, start, section.heading().length(), tables(document, section)));
		}
		return entries;
	}

	private static List<OutlineEntry> tables(ReportDocument document, SectionPlace section) {
		var tables = new ArrayList<OutlineEntry>();
		for (TableSpec table : section.spec().tables()) {
			var lines = document.places().stream().filter(place -> place.table() == table
					&& place.offset() >= section.heading().offset() && place.end() <= section.end()).toList();
			if (lines.isEmpty()) {
				continue;
			}
			LinePlace first = lines.get(0);
			int end = lines.get(lines.size() - 1).end();
			long rows = lines.stream().filter(place -> place.row() != null).count();
			tables.add(new OutlineEntry(TableNames.of(document.template(), table), rows + "/" + table.rows().size() + " 行", OutlineEntry.Kind.TABLE,
					first.offset(), end - first.offset(), first.offset(), first.end() - first.offset(), List.of()));
		}
		return tables;
	}
}
