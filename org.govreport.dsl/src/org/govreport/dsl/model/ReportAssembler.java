package org.govreport.dsl.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.diagnostic.Fix;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.model.LinePlace.LineRole;
import org.govreport.dsl.parsing.source.SourceLine;
import org.govreport.dsl.parsing.source.SourceLine.HeadingLine;
import org.govreport.dsl.parsing.source.SourceLine.ProseLine;
import org.govreport.dsl.parsing.source.SourceLine.TableLine;
import org.govreport.dsl.parsing.source.SourceRange;
import org.govreport.dsl.parsing.source.SourceText;
import org.govreport.dsl.template.Match;
import org.govreport.dsl.template.SectionKind;
import org.govreport.dsl.template.SectionNumbers;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.TemplateDescription;
import org.govreport.dsl.template.Templates;

/**
 * Builds the typed {@link Report} from the lines the parser produced, applying the template version in
 * force. It never throws on bad input: what it cannot place it reports and skips, so that the rules
 * still run on everything else.
 */
public final class ReportAssembler {
	private final List<Diagnostic> diagnostics = new ArrayList<>();
	private final TemplateDescription template;
	private String tableSections;
	private final TableReader tables;
	private final List<Paragraph> preamble = new ArrayList<>();
	private final Map<SectionSpec, SectionParts> sections = new LinkedHashMap<>();
	private final Header header;
	private final List<LinePlace> places = new ArrayList<>();
	private SectionSpec current;

	private ReportAssembler(Header header, List<Diagnostic> headerDiagnostics, TemplateDescription template) {
		this.header = header;
		this.template = template;
		this.diagnostics.addAll(headerDiagnostics);
		this.tables = new TableReader(template, diagnostics);
	}

	/**
	 * @param sourceName the file name, used in messages that name two reports
	 */
	public static Assembly assemble(List<SourceLine> lines, String sourceName) {
		var headerDiagnostics = new ArrayList<Diagnostic>();
		var header = new HeaderReader(headerDiagnostics).read(lines);
		var candidates = header.template() != null ? List.of(header.template()) : Templates.all();
		return candidates.stream().map(template -> new ReportAssembler(header, headerDiagnostics, template).run(lines, sourceName))
				.min(Comparator.comparingLong(ReportAssembler::errorCount)).orElseThrow();
	}

	private Assembly run(List<SourceLine> lines, String sourceName) {
		lines.forEach(this::accept);
		return finish(lines, sourceName);
	}

	private static long errorCount(Assembly assembly) {
		return assembly.diagnostics().stream().filter(Diagnostic::isError).count();
	}

	private void accept(SourceLine line) {
		places.add(place(line));
	}

	private LinePlace place(SourceLine line) {
		// field lines were read up front by HeaderReader: the template must be known before the body
		if (line instanceof HeadingLine heading) {
			return heading(heading);
		} else if (line instanceof ProseLine prose) {
			var block = ProseSplitter.split(prose.text());
			diagnostics.addAll(ProseRules.brokenParagraphs(block));
			var table = lastTableOfSection();
			block.forEach(paragraph -> paragraphs().add(table == null ? paragraph : paragraph.under(table.key())));
			return LinePlace.of(line, LineRole.PROSE, current);
		} else if (line instanceof TableLine table) {
			return tableLine(table);
		}
		return LinePlace.of(line, LineRole.FIELD, current);
	}

	private List<Paragraph> paragraphs() {
		return current == null ? preamble : sections.get(current).paragraphs();
	}

	private LinePlace heading(HeadingLine line) {
		var text = line.text();
		var match = template.matchSection(text.text());
		if (match instanceof Match.Found<SectionSpec> found && isMisnumberedInProse(text, found.value())) {
			diagnostics.add(Diagnostic.warning(IssueCodes.SECTION_NUMBERING, "“" + text.text().trim() + "”的编号与“"
					+ found.value().officialHeading() + "”不符，按正文小标题处理", text.range()));
			return addSubHeading(line);
		} else if (match instanceof Match.Found<SectionSpec> found) {
			enter(found.value(), text.range());
			return LinePlace.of(line, LineRole.SECTION_HEADING, current);
		} else if (match instanceof Match.Ambiguous<SectionSpec>) {
			return skip(line, Unresolved.diagnostic(match, text, new Unresolved.Codes("标题", IssueCodes.SECTION_UNKNOWN,
					IssueCodes.SECTION_AMBIGUOUS, IssueCodes.SECTION_UNKNOWN), SectionSpec::officialHeading, template.id(),
					Optional.empty(), ""));
		} else if (SectionNumbers.official(text.text()).isPresent() || isInSingleTableSection()) {
			// a heading numbered like a section (五、…) that names none is a misspelt section, not a sub-heading
			return skip(line, Diagnostic.error(IssueCodes.SECTION_UNKNOWN, "未知的标题“" + text.text().trim() + "”"
					+ Unresolved.choices(template.sections(), SectionSpec::officialHeading), text.range()));
		} else if (current != null && current.kind() == SectionKind.TABLES) {
			return tables.title(line);
		} else if (!ProseRules.isBareSubHeading(text.text())) {
			// kept as a paragraph, so that a report built anyway (--force) loses none of its text
			diagnostics.add(ProseRules.unquoted(text));
			paragraphs().add(new Paragraph(text.text().trim(), text.range(), false));
			return LinePlace.of(line, LineRole.PROSE, current);
		}
		return addSubHeading(line);
	}

	/** In a section of tables, the table of the last table line written so far (a note goes under it). */
	private TableSpec lastTableOfSection() {
		if (current == null || current.kind() != SectionKind.TABLES) {
			return null;
		}
		for (int i = places.size() - 1; i >= 0 && places.get(i).section() == current; i--) {
			if (places.get(i).table() != null) {
				return places.get(i).table();
			}
		}
		return null;
	}

	private LinePlace skip(SourceLine line, Diagnostic because) {
		diagnostics.add(because);
		return LinePlace.skipped(line, current, because.code());
	}

	private LinePlace addSubHeading(HeadingLine line) {
		paragraphs().add(new Paragraph(line.text().text().trim(), line.text().range(), true));
		return LinePlace.of(line, LineRole.SUB_HEADING, current);
	}

	/**
	 * Real reports repeat section-like headings inside 一 (一、主动公开政府信息情况 under 一、总体情况); a
	 * heading whose number is not the section's own, written inside prose, is such a sub-heading.
	 */
	private boolean isMisnumberedInProse(SourceText text, SectionSpec section) {
		var number = SectionNumbers.official(text.text());
		return current != null && current.kind() == SectionKind.PROSE && number.isPresent() && !number.get().equals(section.number());
	}

	private boolean isInSingleTableSection() {
		return current != null && current.kind() == SectionKind.TABLES && current.tables().size() == 1;
	}

	private void enter(SectionSpec section, SourceRange range) {
		if (sections.containsKey(section)) {
			diagnostics.add(Diagnostic.error(IssueCodes.SECTION_DUPLICATE, "“" + section.officialHeading() + "”重复，已在第 "
					+ sections.get(section).heading().line() + " 行", range));
		} else {
			sections.put(section, new SectionParts(range, new ArrayList<>()));
		}
		current = section;
		if (section.kind() == SectionKind.TABLES) {
			tables.enterSection(section);
		}
	}

	/** 二、三、四: the sections of this template that hold tables, as the message names them. */
	private String tableSectionNumbers() {
		// Computed once: a file of stray table lines asks for it on every line.
		if (tableSections == null) {
			tableSections = template.sections().stream().filter(section -> section.kind() == SectionKind.TABLES)
					.map(SectionSpec::number).collect(java.util.stream.Collectors.joining("、"));
		}
		return tableSections;
	}

	private LinePlace tableLine(TableLine line) {
		if (current == null || current.kind() != SectionKind.TABLES) {
			return skip(line, Diagnostic.error(IssueCodes.TABLE_OUTSIDE, "表格行应写在“" + tableSectionNumbers() + "”部分的标题之后",
					line.range()));
		}
		return tables.line(line);
	}

	private Assembly finish(List<SourceLine> lines, String sourceName) {
		var end = lines.isEmpty() ? SourceRange.NONE : lines.get(lines.size() - 1).range();
		for (SectionSpec section : template.sections()) {
			if (!sections.containsKey(section)) {
				diagnostics.add(Diagnostic.error(IssueCodes.SECTION_MISSING, "缺少“" + section.officialHeading() + "”部分",
						placeOfNextSection(section, end)).withFix(new Fix(Fix.Kind.ADD_SECTION, section.number())));
			}
		}
		reportOutOfOrder();
		var sectionList = template.sections().stream().filter(sections::containsKey)
				.map(section -> new ReportSection(section, sections.get(section).heading(), List.copyOf(sections.get(section).paragraphs())))
				.toList();
		var report = new Report(sourceName, header.organ(), header.year(), template, header.level(), header.previousReport(),
				List.copyOf(preamble), sectionList,
				Collections.unmodifiableMap(tables.tables(spec -> placeOfTable(spec, end))), header.summedOrgans());
		return new Assembly(report, List.copyOf(diagnostics), List.copyOf(places));
	}

	/**
	 * One section written in the wrong place should get one error, not one for every section after it:
	 * the sections kept are the longest run already in order, the others are the misplaced ones.
	 */
	private void reportOutOfOrder() {
		var seen = List.copyOf(sections.keySet());
		var inOrder = LongestOrderedRun.of(seen.stream().map(SectionSpec::ordinal).toList());
		for (int i = 0; i < seen.size(); i++) {
			if (!inOrder.contains(i)) {
				var section = seen.get(i);
				diagnostics.add(Diagnostic.error(IssueCodes.SECTION_ORDER, "“" + section.officialHeading() + "”位置不对：" + template.sectionsInWords() + "应按 "
						+ template.sectionNumberRange() + " 的顺序排列",
						sections.get(section).heading()));
			}
		}
	}

	private SourceRange placeOfNextSection(SectionSpec missing, SourceRange end) {
		return template.sections().stream().filter(section -> section.ordinal() > missing.ordinal())
				.filter(sections::containsKey).findFirst().map(section -> sections.get(section).heading()).orElse(end);
	}

	private SourceRange placeOfTable(TableSpec table, SourceRange end) {
		return template.sectionOf(table).filter(sections::containsKey).map(section -> sections.get(section).heading())
				.orElse(end);
	}

	private record SectionParts(SourceRange heading, List<Paragraph> paragraphs) {
	}
}
