package org.govreport.dsl.importer;

import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.format.ReportFormatter;
import org.govreport.dsl.model.HeaderFields;
import org.govreport.dsl.skeleton.ReportText;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.SectionKind;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.Templates;

/**
 * Writes an imported report as .govreport text in the canonical layout: every section and every table
 * of its template, official labels, the figures as read, and a “# 导入：” comment beside every figure
 * the importer interpreted and after every table where text found no place.
 */
final class GovReportWriter {
	private static final String NOTE = "# 导入：";

	private final ImportedReport report;
	private final List<String> lines = new ArrayList<>();

	private GovReportWriter(ImportedReport report) {
		this.report = report;
	}

	static String write(ImportedReport report) {
		var writer = new GovReportWriter(report);
		writer.header();
		writer.body();
		return new ReportFormatter().format(String.join("\n", writer.lines) + "\n");
	}

	private void header() {
		lines.add("# 由 govreport import 自 " + report.sourceName().replaceAll("[\r\n]", " ")
				+ " 导入；“" + NOTE + "”注释说明读取时解释过的数字和未能归入表格的文字，核对后可删去。");
		if (report.organ() != null) {
			lines.add(ReportText.field(HeaderFields.ORGAN, report.organ()));
		}
		if (report.year() != null) {
			lines.add(ReportText.field(HeaderFields.YEAR, report.year()));
		}
		if (report.year() == null || Templates.forYear(report.year()) != report.template()) {
			lines.add(ReportText.field(HeaderFields.TEMPLATE, report.template().id()) + "  " + NOTE + "按表格内容认定的格式");
		}
		if (report.level() != null) {
			lines.add(ReportText.field(HeaderFields.LEVEL, report.level().name()) + "  " + NOTE + "由机关名称推断");
		}
		notes(report.notes().unplaced(0));
		prose(report.preamble());
	}

	private void body() {
		for (SectionSpec section : report.template().sections()) {
			lines.add(section.officialHeading());
			if (!report.prose().containsKey(section.ordinal())) {
				lines.add(NOTE + "原文没有此部分");
			}
			prose(report.prose().getOrDefault(section.ordinal(), List.of()));
			if (section.kind() == SectionKind.TABLES) {
				section.tables().forEach(this::table);
			}
			notes(report.notes().unplaced(section.ordinal()));
		}
	}

	private void prose(List<String> paragraphs) {
		if (paragraphs.isEmpty()) {
			return;
		}
		lines.addAll(ReportText.prose(paragraphs));
	}

	private void table(TableSpec table) {
		var seen = report.tablesSeen().contains(table.key());
		lines.add(ReportText.tableHeader(table) + (seen ? "" : "  " + NOTE + "原文没有此表，各格留空"));
		for (RowSpec row : table.rows()) {
			var cells = new ArrayList<String>();
			var notes = new ArrayList<String>();
			boolean missing = true;
			for (ColumnSpec column : table.columns()) {
				var placed = report.cells().get(new CellRef(table.key(), row.key(), column.key()));
				cells.add(placed == null ? "" : placed.written());
				missing &= placed == null;
				if (placed != null) {
					notes.addAll(placed.notes());
				}
			}
			if (missing && seen) {
				notes.add("原文没有此行，各格留空");
			}
			lines.add(ReportText.row(row.writtenLabel(), cells)
					+ (notes.isEmpty() ? "" : "  " + NOTE + String.join("；", notes)));
		}
	}

	private void notes(List<ImportNote> notes) {
		notes.forEach(note -> lines.add(NOTE + "（" + note.place() + "）" + note.message()));
	}
}
