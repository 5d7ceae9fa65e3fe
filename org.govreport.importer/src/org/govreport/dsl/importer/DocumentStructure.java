package org.govreport.dsl.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.govreport.dsl.template.Match;
import org.govreport.dsl.template.SectionKind;
import org.govreport.dsl.template.SectionNumbers;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TemplateDescription;

/**
 * Cuts a published report into its parts: the lines before the first section (title and preamble),
 * then for each of the six sections its prose and, in 二 三 四, the cells of its tables. A heading counts
 * only when its number is the section's own and it comes after the section before it, so that the
 * 一、主动公开政府信息情况 some reports write inside 一、总体情况 stays prose there.
 */
final class DocumentStructure {
	private static final Pattern WORD_ARTEFACT = Pattern.compile("\\[bookmark:[^\\]]*\\]");
	/**
	 * pdftotext puts the cells of a row on one line, and merged labels in pieces beside them (（三） 息):
	 * in a table every run of spaces separates; a label cut apart is joined again by the table reader.
	 */
	private static final Pattern CELL_GAP = Pattern.compile("[\\s\\u3000\\u00A0]+");
	/** Besides what strip() removes: the no-break and ideographic spaces web pages and Word put in cells. */
	private static final Pattern OUTER_SPACE = Pattern.compile("^[\\s\\u00A0\\u3000\\u2007\\u202F\\uFEFF]+|[\\s\\u00A0\\u3000\\u2007\\u202F\\uFEFF]+$");
	private static final int LONGEST_HEADING = 40;
	private static final Pattern WHITE = Pattern.compile("[\\s\\u00A0\\u3000]+");
	private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*[（(][^（()）]*[）)]\\s*$");

	final List<Chunk> beforeSections = new ArrayList<>();
	final Map<Integer, List<String>> prose = new LinkedHashMap<>();
	final Map<Integer, List<Chunk>> tableCells = new LinkedHashMap<>();

	private final TemplateDescription template;
	private SectionSpec current;

	private DocumentStructure(TemplateDescription template) {
		this.template = template;
	}

	/** @param template any version: both print the same six headings */
	static DocumentStructure read(List<Chunk> chunks, TemplateDescription template) {
		var structure = new DocumentStructure(template);
		for (int index = 0; index < chunks.size(); index++) {
			var wrapped = index + 1 < chunks.size() ? structure.wrappedHeading(chunks.get(index), chunks.get(index + 1)) : null;
			if (wrapped != null) {
				structure.accept(wrapped);
				index++;
			} else {
				structure.accept(chunks.get(index));
			}
		}
		return structure;
	}

	/**
	 * A heading wider than the column wraps (四、政府信息公开行政复议、行政 / 诉讼情况), in published PDFs
	 * as in ours: a numbered line that only begins a section's heading is joined with the line after it,
	 * even where the label matcher would take the beginning alone for the heading.
	 *
	 * @return the two lines as one heading, or null when they are not one
	 */
	private Chunk wrappedHeading(Chunk first, Chunk second) {
		if (first.kind() != Chunk.Kind.PARAGRAPH || second.kind() != Chunk.Kind.PARAGRAPH) {
			return null;
		}
		var start = clean(first.text());
		var number = SectionNumbers.of(start);
		if (number.isEmpty()) {
			return null;
		}
		var joined = new Chunk(Chunk.Kind.PARAGRAPH, start + clean(second.text()), first.place());
		var section = heading(joined.text());
		return section != null && beginsHeading(section, start.substring(start.indexOf(number.get()) + number.get().length() + 1))
				? joined : null;
	}

	private static boolean beginsHeading(SectionSpec section, String begun) {
		var words = WHITE.matcher(begun).replaceAll("");
		return !words.isEmpty() && java.util.stream.Stream.concat(java.util.stream.Stream.of(section.heading()), section.variants().stream())
				.map(form -> WHITE.matcher(form).replaceAll(""))
				.anyMatch(form -> form.length() > words.length() && form.startsWith(words));
	}

	boolean hasSection(int ordinal) {
		return prose.containsKey(ordinal);
	}

	static String clean(String text) {
		return OUTER_SPACE.matcher(WORD_ARTEFACT.matcher(text).replaceAll("")).replaceAll("");
	}

	private void accept(Chunk raw) {
		var chunk = new Chunk(raw.kind(), clean(raw.text()), raw.place());
		var text = chunk.text();
		if (chunk.kind() == Chunk.Kind.PARAGRAPH) {
			var heading = heading(text);
			if (heading != null) {
				current = heading;
				prose.put(heading.ordinal(), new ArrayList<>());
				tableCells.put(heading.ordinal(), new ArrayList<>());
				return;
			}
		}
		if (current == null) {
			beforeSections.add(chunk);
		} else if (current.kind() != SectionKind.TABLES) {
			if (!text.isEmpty()) {
				prose.get(current.ordinal()).add(text);
			}
		} else if (chunk.kind() == Chunk.Kind.PARAGRAPH && isSentence(text)) {
			prose.get(current.ordinal()).add(text);
		} else if (chunk.kind() == Chunk.Kind.PARAGRAPH) {
			for (String cell : CELL_GAP.split(text)) {
				if (!cell.isBlank()) {
					tableCells.get(current.ordinal()).add(Chunk.cell(clean(cell), chunk.place()));
				}
			}
		} else {
			tableCells.get(current.ordinal()).add(chunk);
		}
	}

	/** Prose under a table (注：…) reads as sentences; table cells never end one. */
	private static boolean isSentence(String text) {
		return text.length() > LONGEST_HEADING && text.contains("。");
	}

	private SectionSpec heading(String written) {
		// 二、主动公开政府信息情况（单位：件）: a note after the heading does not make it another heading
		var text = TRAILING_NOTE.matcher(written).replaceFirst("");
		if (text.isEmpty() || text.length() > LONGEST_HEADING
				|| !(template.matchSection(text) instanceof Match.Found<SectionSpec> found)) {
			return null;
		}
		var section = found.value();
		var number = SectionNumbers.of(text);
		if (number.isPresent() && !SectionNumbers.isOf(number.get(), section)) {
			return null;
		}
		return current == null || section.ordinal() > current.ordinal() ? section : null;
	}
}
