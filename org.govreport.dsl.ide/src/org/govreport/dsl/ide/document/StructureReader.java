package org.govreport.dsl.ide.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.govreport.dsl.model.HeaderLines;
import org.govreport.dsl.model.source.SourceCell;
import org.govreport.dsl.model.source.SourceLine;
import org.govreport.dsl.model.source.SourceLine.HeadingLine;
import org.govreport.dsl.model.source.SourceLine.TableLine;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.LabelMatcher;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.SectionKind;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.TemplateDescription;

/**
 * Places each line in the template the way the assembler reads it (headings open sections or name
 * tables, a header line names the columns of the rows after it, a row may name its table implicitly),
 * but keeps the places instead of the values, for outline, completion, hover and highlighting.
 */
final class StructureReader {
	private final TemplateDescription template;
	private final int textEnd;
	private final List<SectionPlace> sections = new ArrayList<>();
	private SectionSpec section;
	private TableSpec table;
	private List<ColumnSpec> headerColumns;

	StructureReader(TemplateDescription template, int textEnd) {
		this.template = template;
		this.textEnd = textEnd;
	}

	List<LinePlace> read(List<SourceLine> lines) {
		var places = new ArrayList<LinePlace>();
		for (SourceLine line : lines) {
			places.add(place(line));
		}
		closeSections();
		return places;
	}

	List<SectionPlace> sections() {
		return sections;
	}

	private LinePlace place(SourceLine line) {
		if (line instanceof HeadingLine heading && template != null) {
			var found = template.matchSection(heading.text().text()).orNull();
			if (found != null) {
				enter(found, heading);
				return new LinePlace(line, section, null, null, List.of(), false);
			}
			if (section != null && section.kind() == SectionKind.TABLES) {
				select(template.matchTable(section, heading.text().text()).orNull());
				return new LinePlace(line, section, table, null, List.of(), false);
			}
		}
		if (line instanceof TableLine tableLine && section != null && section.kind() == SectionKind.TABLES) {
			return HeaderLines.isHeader(template, section, table, tableLine) ? header(tableLine) : row(tableLine);
		}
		return new LinePlace(line, section, null, null, List.of(), false);
	}

	private void enter(SectionSpec entered, HeadingLine heading) {
		section = entered;
		table = entered.tables().size() == 1 ? entered.tables().get(0) : null;
		headerColumns = null;
		sections.add(new SectionPlace(entered, heading.range(), textEnd));
	}

	/** A section ends where the next begins. */
	private void closeSections() {
		for (int i = 0; i + 1 < sections.size(); i++) {
			var current = sections.get(i);
			sections.set(i, new SectionPlace(current.spec(), current.heading(), sections.get(i + 1).heading().offset() - 1));
		}
	}

	private void select(TableSpec selected) {
		if (selected != table) {
			headerColumns = null;
		}
		if (selected != null) {
			table = selected;
		}
	}

	private LinePlace header(TableLine line) {
		if (hasLabel(line)) {
			select(template.matchTable(section, line.label().text()).orNull());
		}
		var columns = new ArrayList<ColumnSpec>();
		for (SourceCell cell : line.cells()) {
			columns.add(table == null || cell.word() == null ? null : template.matchColumn(table, cell.word().text()).orNull());
		}
		// As the assembler reads it: a header written without its leading | names its first column as label.
		var labelColumn = hasLabel(line) && table != null ? template.matchColumn(table, line.label().text()).orNull() : null;
		headerColumns = new ArrayList<>(columns);
		if (labelColumn != null) {
			headerColumns.add(0, labelColumn);
		}
		return new LinePlace(line, section, table, null, Collections.unmodifiableList(columns), true);
	}

	private LinePlace row(TableLine line) {
		if (!hasLabel(line)) {
			return new LinePlace(line, section, table, null, List.of(), false);
		}
		RowSpec row = table == null ? null : template.matchRow(table, line.label().text()).orNull();
		if (row == null) {
			var candidates = section.tables().stream().flatMap(spec -> spec.rows().stream().map(r -> new TableRow(spec, r)))
					.toList();
			var found = LabelMatcher.match(line.label().text(), candidates, candidate -> LabelMatcher.rowForms(candidate.row()))
					.orNull();
			if (found != null) {
				select(found.table());
				row = found.row();
			}
		}
		var columns = headerColumns != null ? headerColumns : table == null ? List.<ColumnSpec>of() : table.columns();
		return new LinePlace(line, section, row == null ? null : table, row, columns, false);
	}

	private static boolean hasLabel(TableLine line) {
		return line.label() != null && !line.label().text().isBlank();
	}

	private record TableRow(TableSpec table, RowSpec row) {
	}
}
