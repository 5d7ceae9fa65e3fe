package org.govreport.dsl.importer;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;

import org.govreport.dsl.files.OutputNames;
import org.govreport.dsl.template.OrganLevels;
import org.govreport.dsl.template.SectionKind;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TemplateDescription;
import org.govreport.dsl.template.Templates;

/**
 * Turns a published report (a PDF, a web page, a .docx or its plain text) into a .govreport text. The
 * template version is the one whose tables fit the report's tables best, whatever the year says.
 */
public final class ReportImporter {
	/**
	 * @param sourceName the file name, for notes and the suggested output name
	 * @throws ImportException when the content is no report the importer can read; nothing is to be written
	 */
	public ImportResult read(String sourceName, byte[] content) throws ImportException {
		var notes = new ImportNotes();
		return read(sourceName, SourceFormats.chunks(sourceName, content, notes), notes);
	}

	private ImportResult read(String sourceName, List<Chunk> chunks, ImportNotes decodingNotes) throws ImportException {
		var anyTemplate = Templates.all().get(0);
		var structure = DocumentStructure.read(chunks, anyTemplate);
		if (structure.prose.isEmpty()) {
			var examples = anyTemplate.sections().stream().limit(2).map(section -> "“" + section.officialHeading() + "”")
					.collect(java.util.stream.Collectors.joining());
			throw new ImportException("找不到年度报告的任何部分（如" + examples + "），不像政府信息公开工作年度报告");
		}
		var leading = structure.beforeSections.stream().map(Chunk::text).filter(text -> !text.isEmpty()).toList();
		var identity = ReportIdentity.read(sourceName, leading, structure.prose);
		var year = identity.year();
		var best = Templates.all().stream().map(template -> tables(template, structure, decodingNotes))
				.max(Comparator.comparingInt(TableReading::fit)
						.thenComparing(reading -> year != null && Templates.forYear(year) == reading.template() ? 1 : 0))
				.orElseThrow();
		identity.notes().forEach(note -> best.notes().interpreted("1:1", note));
		var organ = identity.organ();
		var level = organ == null ? null : OrganLevels.byOrganName(organ).orElse(null);
		var preamble = leading.subList(identity.titleLines(), leading.size()).stream()
				.filter(line -> !TitleLines.isPortalLine(line)).toList();
		var report = new ImportedReport(sourceName, organ, year, best.template(), level, preamble, structure.prose,
				best.cells(), best.tablesSeen(), best.notes());
		var name = organ != null && year != null ? OutputNames.baseName(organ, year)
				: OutputNames.baseName(baseName(sourceName), null);
		return new ImportResult(GovReportWriter.write(report), report.notes().all(), name + ".govreport");
	}

	private record TableReading(TemplateDescription template, PlacedCells cells, ImportNotes notes,
			Set<String> tablesSeen, int fit) {
	}

	private static TableReading tables(TemplateDescription template, DocumentStructure structure, ImportNotes decodingNotes) {
		var cells = new PlacedCells();
		var notes = new ImportNotes();
		decodingNotes.all().forEach(note -> notes.interpreted(note.place(), note.message()));
		var seen = new LinkedHashSet<String>();
		int fit = 0;
		for (SectionSpec section : template.sections()) {
			if (section.kind() == SectionKind.TABLES && structure.hasSection(section.ordinal())) {
				var reader = new SectionTables(template, section, cells, notes);
				reader.read(structure.tableCells.get(section.ordinal()));
				seen.addAll(reader.tablesSeen());
				fit += reader.fit();
			}
		}
		return new TableReading(template, cells, notes, seen, fit);
	}

	private static String baseName(String sourceName) {
		var name = sourceName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
