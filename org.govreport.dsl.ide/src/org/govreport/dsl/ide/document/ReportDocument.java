package org.govreport.dsl.ide.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.model.Assembly;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.model.source.SourceLine;
import org.govreport.dsl.parsing.SourceLinesReader;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.TemplateDescription;

/**
 * One .govreport text as the IDE services see it: the text, its lines, the assembled report and where
 * each line stands in the template. Every IDE service starts from here, so they agree on what is where.
 */
public final class ReportDocument {
	private final String text;
	private final Assembly assembly;
	private final List<LinePlace> places;
	private final List<SectionPlace> sections;

	private ReportDocument(String text, List<SourceLine> lines, String sourceName) {
		this.text = text;
		this.assembly = ReportAssembler.assemble(lines, sourceName);
		var reader = new StructureReader(assembly.report().template(), text.length());
		this.places = reader.read(lines);
		this.sections = reader.sections();
	}

	public static ReportDocument of(XtextResource resource) {
		var text = resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
		var lines = resource.getContents().isEmpty() ? List.<SourceLine>of()
				: SourceLinesReader.read((Report) resource.getContents().get(0));
		var sourceName = resource.getURI() == null || resource.getURI().lastSegment() == null ? ""
				: URI.decode(resource.getURI().lastSegment());
		return new ReportDocument(text, lines, sourceName);
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

	public List<LinePlace> places() {
		return places;
	}

	public List<SectionPlace> sections() {
		return sections;
	}

	/** The line whose range holds the offset (its end included, where the cursor stands after typing). */
	public Optional<LinePlace> placeAt(int offset) {
		return places.stream().filter(place -> place.offset() <= offset && offset <= place.end()).findFirst();
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
		for (LinePlace place : places) {
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
		places.stream().filter(place -> place.table() == table && place.row() != null).forEach(place -> rows.add(place.row()));
		return rows;
	}

	public boolean isWritten(TableSpec table) {
		return places.stream().anyMatch(place -> place.table() == table);
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
