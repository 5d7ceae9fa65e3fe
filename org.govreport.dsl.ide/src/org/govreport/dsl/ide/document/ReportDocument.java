package org.govreport.dsl.ide.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.model.Assembly;
import org.govreport.dsl.model.LinePlace;
import org.govreport.dsl.model.LinePlace.LineRole;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.source.SourceLine;
import org.govreport.dsl.parsing.SourceLinesReader;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.TemplateDescription;
import org.govreport.dsl.validation.AssembledReports;

/**
 * One .govreport text as the IDE services see it: the text and the assembly the checks made of it, with
 * where the assembler placed each line. Every IDE service starts from here, so they show the structure
 * the checks read; there is one per version of a resource's text.
 */
public final class ReportDocument {
	private final String text;
	private final Assembly assembly;
	private final List<SectionPlace> sections;

	private ReportDocument(String text, Assembly assembly) {
		this.text = text;
		this.assembly = assembly;
		this.sections = sections(assembly.places(), text.length());
	}

	/** The document of the resource's current text, assembled once however many services ask. */
	public static ReportDocument of(XtextResource resource) {
		var text = resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
		var services = resource.getResourceServiceProvider();
		if (services == null) {
			var lines = resource.getContents().isEmpty() ? List.<SourceLine>of()
					: SourceLinesReader.read((Report) resource.getContents().get(0));
			return new ReportDocument(text, ReportAssembler.assemble(lines, AssembledReports.sourceName(resource)));
		}
		var reports = services.get(AssembledReports.class);
		return reports.derived(ReportDocument.class, resource, () -> new ReportDocument(text, reports.of(resource)));
	}

	/** A section runs from its heading to the line before the next section's heading. */
	private static List<SectionPlace> sections(List<LinePlace> places, int textEnd) {
		var headings = places.stream().filter(place -> place.role() == LineRole.SECTION_HEADING).toList();
		var sections = new ArrayList<SectionPlace>();
		for (int i = 0; i < headings.size(); i++) {
			int end = i + 1 < headings.size() ? headings.get(i + 1).offset() - 1 : textEnd;
			sections.add(new SectionPlace(headings.get(i).section(), headings.get(i).line().range(), end));
		}
		return List.copyOf(sections);
	}

	public String text() {
		return text;
	}

	public Assembly assembly() {
		return assembly;
	}

	public org.govreport.dsl.model.Report report() {
		return assembly.report();
	}

	public TemplateDescription template() {
		return assembly.report().template();
	}

	/** Every source line, in order, where the assembler placed it. */
	public List<LinePlace> places() {
		return assembly.places();
	}

	public List<SectionPlace> sections() {
		return sections;
	}

	/** The line whose range holds the offset (its end included, where the cursor stands after typing). */
	public Optional<LinePlace> placeAt(int offset) {
		return places().stream().filter(place -> place.offset() <= offset && offset <= place.end()).findFirst();
	}

	/** The section the offset is in, judged by the headings before it. */
	public Optional<SectionPlace> sectionAt(int offset) {
		return sections.stream().filter(section -> section.heading().offset() <= offset && offset <= section.end())
				.reduce((first, second) -> second);
	}

	/** The table in force at the offset: that of the nearest table line before it in the same section. */
	public Optional<TableSpec> tableAt(int offset) {
		var section = sectionAt(offset);
		if (section.isEmpty()) {
			return Optional.empty();
		}
		TableSpec table = section.get().spec().tables().size() == 1 ? section.get().spec().tables().get(0) : null;
		for (LinePlace place : places()) {
			if (place.offset() > offset) {
				break;
			}
			if (place.section() == section.get().spec() && place.table() != null) {
				table = place.table();
			}
		}
		return Optional.ofNullable(table);
	}

	public List<RowSpec> writtenRows(TableSpec table) {
		var rows = new ArrayList<RowSpec>();
		places().stream().filter(place -> place.table() == table && place.row() != null).forEach(place -> rows.add(place.row()));
		return rows;
	}

	public boolean isWritten(TableSpec table) {
		return places().stream().anyMatch(place -> place.table() == table);
	}

	/** The start of the line holding the offset. */
	public int lineStart(int offset) {
		int start = Math.min(offset, text.length());
		while (start > 0 && text.charAt(start - 1) != '\n') {
			start--;
		}
		return start;
	}

	/** The end of the line holding the offset, before its line break. */
	public int lineEnd(int offset) {
		int end = Math.max(0, Math.min(offset, text.length()));
		while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
			end++;
		}
		return end;
	}

	public String lineBreak() {
		return text.contains("\r\n") ? "\r\n" : "\n";
	}
}
