package org.govreport.dsl.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * Turns a published report (its plain text, pdftotext's layout, or a .docx) into a .govreport text. The
 * template version is the one whose tables fit the report's tables best, whatever the year says.
 */
public final class ReportImporter {
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] PDF = { '%', 'P', 'D', 'F' };
	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };
	private static final Charset GB18030 = Charset.forName("GB18030");

	/**
	 * @param sourceName the file name, for notes and the suggested output name
	 * @throws ImportException when the content is no report the importer can read; nothing is to be written
	 */
	public ImportResult read(String sourceName, byte[] content) throws ImportException {
		var notes = new ImportNotes();
		List<Chunk> chunks;
		if (startsWith(content, ZIP)) {
			chunks = DocxSource.read(content);
		} else if (startsWith(content, PDF)) {
			throw new ImportException("PDF 不能直接导入：请先用 pdftotext -layout 转成文本，或导入原 Word 文档");
		} else if (startsWith(content, OLE)) {
			throw new ImportException("旧版 Word 文档（.doc）不能导入：请在 Word 中另存为 .docx");
		} else {
			chunks = PlainTextSource.read(decode(content, notes));
		}
		return read(sourceName, chunks, notes);
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
		var title = TitleLines.read(leading);
		var year = title.year() != null ? title.year() : TitleLines.yearIn(sourceName);
		var best = Templates.all().stream().map(template -> tables(template, structure, decodingNotes))
				.max(Comparator.comparingInt(TableReading::fit)
						.thenComparing(reading -> year != null && Templates.forYear(year) == reading.template() ? 1 : 0))
				.orElseThrow();
		if (year == null) {
			best.notes().interpreted("1:1", "报告标题和文件名中都没有年度，请补写“年度：”");
		} else if (title.year() == null) {
			best.notes().interpreted("1:1", "报告标题中没有年度，取文件名中的 " + year + "，请核对");
		}
		var level = title.organ() == null ? null : OrganLevels.byOrganName(title.organ()).orElse(null);
		var report = new ImportedReport(sourceName, title.organ(), year, best.template(), level,
				leading.subList(title.lines(), leading.size()), structure.prose, best.cells(), best.tablesSeen(), best.notes());
		var name = title.organ() != null && year != null ? OutputNames.baseName(title.organ(), year)
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

	/** UTF-8 as the language reads it; text saved by Chinese Windows is GB18030 (GBK), noted. */
	private static String decode(byte[] content, ImportNotes notes) {
		int bom = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF ? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(content, bom, content.length - bom)).toString();
		} catch (CharacterCodingException e) {
			notes.interpreted("1:1", "文件不是 UTF-8，按 GB18030（GBK）读取");
			return new String(content, GB18030);
		}
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static String baseName(String sourceName) {
		var name = sourceName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
