package org.govreport.dsl.generator.layout;

import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.model.Paragraph;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportSection;
import org.govreport.dsl.template.PrintLayout;
import org.govreport.dsl.template.SectionSpec;

/**
 * The document a report prints as, in the template's order: title, preamble, then all six sections with
 * their official headings, each with the prose the report wrote for it and the section's tables (a table
 * the report left out prints as zeros, with its computed totals, as the model holds it); prose written
 * after a table prints after that table.
 */
public final class DocumentLayout {
	private DocumentLayout() {
	}

	public static List<Block> of(Report report) {
		var blocks = new ArrayList<Block>();
		blocks.add(titleBlock(report));
		report.preamble().forEach(paragraph -> blocks.add(text(paragraph)));
		for (SectionSpec section : report.template().sections()) {
			blocks.add(new Block.Heading(section.officialHeading()));
			var paragraphs = report.section(section).map(ReportSection::paragraphs).orElse(List.of());
			paragraphs.stream().filter(paragraph -> paragraph.afterTable() == null).forEach(paragraph -> blocks.add(text(paragraph)));
			for (var table : section.tables()) {
				blocks.add(new Block.Table(TableLayouts.of(report.table(table.key()))));
				// a note written after a table (注：…) prints under it, as it was written
				paragraphs.stream().filter(paragraph -> table.key().equals(paragraph.afterTable()))
						.forEach(paragraph -> blocks.add(text(paragraph)));
			}
		}
		return blocks;
	}

	public static String title(Report report) {
		return report.template().reportTitle(report.organ(), report.year());
	}

	private static Block.Title titleBlock(Report report) {
		var title = title(report);
		var organ = report.organ();
		if (organ == null || organ.isEmpty() || organ.length() == title.length()
				|| title.length() <= PrintLayout.PAGE.charactersPerLine(PrintLayout.TITLE_POINTS)) {
			return new Block.Title(title, List.of(title));
		}
		return new Block.Title(title, List.of(organ, title.substring(organ.length())));
	}

	private static Block text(Paragraph paragraph) {
		return new Block.Text(paragraph.text(), paragraph.subHeading());
	}
}
