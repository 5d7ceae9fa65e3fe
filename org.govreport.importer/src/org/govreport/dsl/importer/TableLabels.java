package org.govreport.dsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.HeaderCell;
import org.govreport.dsl.template.LabelMatcher;
import org.govreport.dsl.template.LabelNormaliser;
import org.govreport.dsl.template.Match;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.TemplateDescription;
import org.govreport.dsl.template.Templates;

/**
 * What a label cell of a published table names, asked of the template description: a table title, a
 * column, a printed header word (信息内容, 行政诉讼), a row group (（三）不予公开) or a row.
 */
final class TableLabels {
	private static final Pattern ITEM_NUMBER = Pattern.compile("^\\d+\\.");
	private static final Pattern HEADER_UNIT = Pattern.compile("[（(]\\s*单位\\s*[:：]\\s*([^）)]+?)\\s*[）)]");

	sealed interface Label {
	}

	record Title(TableSpec table) implements Label {
	}

	record Column(TableSpec table, ColumnSpec column, String unit) implements Label {
	}

	record HeaderWord() implements Label {
	}

	record Group(String group) implements Label {
	}

	record Row(TableSpec table, RowSpec row) implements Label {
	}

	/** A row only another template version has (the 2019-60 single （六）其他处理 in a 2021-30 report). */
	record OtherVersionRow(TableSpec table, RowSpec row, String templateId) implements Label {
	}

	private final TemplateDescription template;
	private final SectionSpec section;

	TableLabels(TemplateDescription template, SectionSpec section) {
		this.template = template;
		this.section = section;
	}

	/**
	 * @param table the table in force, or null
	 * @param group the row group in force, or null
	 * @param inHeader whether column labels are expected (after a title, before the first row)
	 * @return null when the text names nothing of this section
	 */
	Label recognise(String text, TableSpec table, String group, boolean inHeader) {
		var title = template.matchTable(section, text);
		if (title instanceof Match.Found<TableSpec> found && section.tables().size() > 1) {
			return new Title(found.value());
		}
		var tables = table == null ? section.tables() : List.of(table);
		if (tables.stream().anyMatch(spec -> isHeaderWord(spec, text))) {
			return new HeaderWord();
		}
		var column = inHeader ? column(tables, text) : null;
		if (column != null) {
			return column;
		}
		for (TableSpec spec : tables) {
			var groupLabel = group(spec, text);
			if (groupLabel != null) {
				return groupLabel;
			}
		}
		var row = row(table, group, text);
		if (row != null) {
			return row;
		}
		return inHeader ? null : column(tables, text);
	}

	/**
	 * Whether the text is a piece of some label of the section, as PDF layouts cut merged labels (不予公 /
	 * 开): it holds no figure, and is passed over without a note.
	 */
	boolean isFragment(String text) {
		var piece = LabelNormaliser.normalise(text);
		return !piece.isEmpty() && section.tables().stream().flatMap(TableLabels::labels)
				.anyMatch(label -> LabelNormaliser.normalise(label).contains(piece));
	}

	private static java.util.stream.Stream<String> labels(TableSpec table) {
		var labels = new ArrayList<String>();
		if (table.title() != null) {
			labels.add(table.title());
		}
		if (table.cornerLabel() != null) {
			labels.add(table.cornerLabel());
		}
		table.columns().forEach(column -> labels.addAll(LabelMatcher.columnForms(column)));
		table.rows().forEach(row -> labels.addAll(LabelMatcher.rowForms(row)));
		table.rows().forEach(row -> labels.addAll(row.groups()));
		if (table.printLayout() != null) {
			table.printLayout().headerRows().forEach(cells -> cells.forEach(cell -> labels.add(cell.label())));
		}
		return labels.stream();
	}

	/** The unit a header prints after its label, （单位：元）, or null. */
	static String headerUnit(String text) {
		var unit = HEADER_UNIT.matcher(text);
		return unit.find() ? unit.group(1) : null;
	}

	private Column column(List<TableSpec> tables, String text) {
		var unit = headerUnit(text);
		var label = HEADER_UNIT.matcher(text).replaceAll("");
		for (TableSpec spec : tables) {
			if (template.matchColumn(spec, label) instanceof Match.Found<ColumnSpec> found) {
				return new Column(spec, found.value(), unit);
			}
		}
		return null;
	}

	private static boolean isHeaderWord(TableSpec table, String text) {
		var written = LabelNormaliser.normalise(text);
		if (table.cornerLabel() != null && LabelNormaliser.normalise(table.cornerLabel()).equals(written)) {
			return true;
		}
		return table.printLayout() != null && table.printLayout().headerRows().stream().flatMap(List::stream)
				.map(HeaderCell::label).anyMatch(label -> LabelNormaliser.normalise(label).equals(written));
	}

	private static Group group(TableSpec table, String text) {
		var written = LabelNormaliser.normalise(text);
		var bare = LabelNormaliser.withoutNumbering(text);
		return table.rows().stream().flatMap(row -> row.groups().stream()).distinct()
				.filter(group -> LabelNormaliser.normalise(group).equals(written)
						|| !bare.isEmpty() && LabelNormaliser.withoutNumbering(group).equals(bare) && isItemGroup(table, group))
				.findFirst().map(Group::new).orElse(null);
	}

	/** A group that is also a row label elsewhere would swallow that row; only innermost item groups qualify bare. */
	private static boolean isItemGroup(TableSpec table, String group) {
		return table.rows().stream().anyMatch(row -> row.groups().size() > 1 && row.groups().get(row.groups().size() - 1).equals(group));
	}

	private Label row(TableSpec table, String group, String text) {
		var tables = table == null ? section.tables() : List.of(table);
		for (TableSpec spec : tables) {
			var found = rowIn(template, spec, group, text);
			if (found != null) {
				return new Row(spec, found);
			}
		}
		if (table != null) {
			var elsewhere = row(null, group, text);
			if (elsewhere != null) {
				return elsewhere;
			}
		}
		return otherVersionRow(tables, group, text);
	}

	/** The row of another template version that the text names exactly, where this version has no such row. */
	OtherVersionRow otherVersionRow(List<TableSpec> tables, String group, String text) {
		for (TemplateDescription other : Templates.all()) {
			for (TableSpec spec : tables) {
				var otherTable = other == template ? null : other.table(spec.key()).orElse(null);
				var found = otherTable == null ? null : exactRow(other, otherTable, group, text);
				if (found != null && spec.row(found.key()).isEmpty()) {
					return new OtherVersionRow(spec, found, other.id());
				}
			}
		}
		return null;
	}

	/** The group qualifies an item first: 1.属于国家秘密 under （三）不予公开, 3.其他 under （六）其他处理. */
	private static RowSpec rowIn(TemplateDescription template, TableSpec table, String group, String text) {
		if (group != null && template.matchRow(table, group + text) instanceof Match.Found<RowSpec> found) {
			return found.value();
		}
		var match = template.matchRow(table, text);
		if (match instanceof Match.Ambiguous<RowSpec> ambiguous) {
			return sameItemNumber(ambiguous.candidates(), text);
		}
		return match instanceof Match.Found<RowSpec> found ? found.value() : null;
	}

	/**
	 * A label cut short by the line (7.属于行政 / 执法案卷) may fit several rows; its item number tells
	 * them apart when only one of them carries it.
	 */
	private static RowSpec sameItemNumber(List<RowSpec> candidates, String text) {
		var number = ITEM_NUMBER.matcher(LabelNormaliser.normalise(text));
		if (!number.find()) {
			return null;
		}
		var numbered = candidates.stream()
				.filter(row -> LabelNormaliser.normalise(row.label()).startsWith(number.group())).toList();
		return numbered.size() == 1 ? numbered.get(0) : null;
	}

	private static RowSpec exactRow(TemplateDescription template, TableSpec table, String group, String text) {
		var found = rowIn(template, table, group, text);
		if (found == null) {
			return null;
		}
		var written = LabelNormaliser.withoutNumbering(text);
		return LabelMatcher.rowForms(found).stream().map(LabelNormaliser::withoutNumbering)
				.anyMatch(written::equals) ? found : null;
	}
}
