package org.govreport.dsl.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.model.LinePlace.LineRole;
import org.govreport.dsl.model.OtherVersions.MatchKind;
import org.govreport.dsl.parsing.source.SourceCell;
import org.govreport.dsl.parsing.source.SourceLine.HeadingLine;
import org.govreport.dsl.parsing.source.SourceLine.TableLine;
import org.govreport.dsl.parsing.source.SourceRange;
import org.govreport.dsl.parsing.source.SourceText;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.LabelMatcher;
import org.govreport.dsl.template.Match;
import org.govreport.dsl.template.NearestLabel;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.TemplateDescription;

/**
 * Reads the table lines of sections 二, 三 and 四: table titles, column header lines and rows. Rows may
 * come in any order and name their table implicitly; a header line names which columns the following
 * rows fill.
 */
final class TableReader {
	private static final Unresolved.Codes TABLE_CODES = new Unresolved.Codes("表格", IssueCodes.TABLE_UNKNOWN,
			IssueCodes.TABLE_AMBIGUOUS, IssueCodes.TABLE_OTHER_VERSION);
	private static final Unresolved.Codes COLUMN_CODES = new Unresolved.Codes("列", IssueCodes.COLUMN_UNKNOWN,
			IssueCodes.COLUMN_AMBIGUOUS, IssueCodes.COLUMN_OTHER_VERSION);

	private final TemplateDescription template;
	private final List<Diagnostic> diagnostics;
	private final CellReader cellReader;
	private final Map<CellRef, Cell> cells = new HashMap<>();
	private final Map<String, Map<String, SourceRange>> writtenRows = new HashMap<>();
	private final Map<String, SourceRange> tablePlaces = new HashMap<>();
	private final Set<String> incompleteTables = new HashSet<>();
	private final RowLengths rowLengths = new RowLengths();

	private SectionSpec section;
	private TableSpec table;
	/**
	 * After a title that names no table, its rows are skipped rather than reported one by one: the issue
	 * code of that title's finding, else null.
	 */
	private String skippedBecause;
	private TableSpec headerTable;
	private List<ColumnSpec> headerColumns;

	TableReader(TemplateDescription template, List<Diagnostic> diagnostics) {
		this.template = template;
		this.diagnostics = diagnostics;
		this.cellReader = new CellReader(diagnostics);
	}

	void enterSection(SectionSpec entered) {
		section = entered;
		table = entered.tables().size() == 1 ? entered.tables().get(0) : null;
		skippedBecause = null;
		headerTable = null;
		headerColumns = null;
	}

	/** A heading inside a table section: the title of one of its tables. */
	LinePlace title(HeadingLine line) {
		titleOf(line.text());
		return skippedBecause != null ? LinePlace.skipped(line, section, skippedBecause)
				: new LinePlace(line, LineRole.TABLE_TITLE, section, table, null, List.of(), null);
	}

	private void titleOf(SourceText text) {
		var match = template.matchTable(section, text.text());
		if (match instanceof Match.Found<TableSpec> found) {
			select(found.value(), text.range());
			return;
		}
		var problem = Unresolved.diagnostic(match, text, TABLE_CODES, TableSpec::displayName, template.id(),
				OtherVersions.havingTable(template, section.ordinal(), text.text()),
				Unresolved.choices(section.tables(), TableSpec::displayName));
		diagnostics.add(problem);
		table = null;
		skippedBecause = problem.code();
	}

	LinePlace line(TableLine line) {
		return HeaderLines.isHeader(template, section, table, line) ? header(line) : row(line);
	}

	private void select(TableSpec selected, SourceRange place) {
		if (selected != table) {
			headerTable = null;
			headerColumns = null;
		}
		table = selected;
		skippedBecause = null;
		tablePlaces.putIfAbsent(selected.key(), place);
	}

	private LinePlace header(TableLine line) {
		if (hasLabel(line) && section.tables().size() > 1) {
			titleOf(line.label());
		}
		if (skippedBecause != null) {
			return LinePlace.skipped(line, section, skippedBecause);
		}
		if (table == null) {
			return skip(line, Diagnostic.error(IssueCodes.TABLE_UNKNOWN, "请先写明表格标题" + Unresolved.choices(section.tables(),
					TableSpec::displayName), line.range()));
		}
		tablePlaces.putIfAbsent(table.key(), line.range());
		var columns = new ArrayList<ColumnSpec>();
		var seen = new HashSet<ColumnSpec>();
		var words = headerWords(line);
		for (SourceCell cell : words) {
			if (cell.isEmpty()) {
				diagnostics.add(Diagnostic.error(IssueCodes.COLUMN_UNKNOWN, "列名为空：表头行每格写一个列名", cell.range()));
			}
			columns.add(cell.isEmpty() ? null : headerColumn(cell.word(), seen));
		}
		headerTable = table;
		headerColumns = columns;
		// by cell index, as for a row: a label read as the first column name is not a cell
		var byCell = new ArrayList<ColumnSpec>();
		int first = words.size() - withoutTrailingEmpty(line.cells()).size();
		for (int i = 0; i < line.cells().size(); i++) {
			byCell.add(first + i < columns.size() ? columns.get(first + i) : null);
		}
		return new LinePlace(line, LineRole.COLUMN_HEADER, section, table, null, Collections.unmodifiableList(byCell), null);
	}

	private LinePlace skip(TableLine line, Diagnostic because) {
		diagnostics.add(because);
		return LinePlace.skipped(line, section, because.code());
	}

	/** A header line written without its leading | has its first column name as label: keep it. */
	private List<SourceCell> headerWords(TableLine line) {
		var words = withoutTrailingEmpty(line.cells());
		if (hasLabel(line) && template.matchColumn(table, line.label().text()) instanceof Match.Found<ColumnSpec>) {
			var all = new ArrayList<SourceCell>();
			all.add(new SourceCell(line.label().range(), null, null, line.label()));
			all.addAll(words);
			return all;
		}
		return words;
	}

	private ColumnSpec headerColumn(SourceText word, HashSet<ColumnSpec> seen) {
		var match = template.matchColumn(table, word.text());
		if (!(match instanceof Match.Found<ColumnSpec> found)) {
			diagnostics.add(Unresolved.diagnostic(match, word, COLUMN_CODES, ColumnSpec::label, template.id(),
					OtherVersions.having(template, table.key(), word.text(), MatchKind.COLUMN),
					Unresolved.choices(table.columns(), ColumnSpec::label),
					NearestLabel.of(word.text(), table.columns(), LabelMatcher::columnForms).map(NearestLabel.Near::form)));
			// the figures under it go nowhere, so the table's sums would only repeat this error
			incompleteTables.add(table.key());
			return null;
		}
		if (!seen.add(found.value())) {
			diagnostics.add(Diagnostic.error(IssueCodes.COLUMN_DUPLICATE, "列“" + found.value().label() + "”重复", word.range()));
			return null;
		}
		return found.value();
	}

	private LinePlace row(TableLine line) {
		if (skippedBecause != null) {
			return LinePlace.skipped(line, section, skippedBecause);
		}
		if (!hasLabel(line)) {
			return skip(line, Diagnostic.error(IssueCodes.ROW_UNKNOWN, "缺少行名：每行以行名开头，例如 行政许可 | 0", line.range()));
		}
		var resolved = resolveRow(line.label());
		if (resolved.isEmpty()) {
			return LinePlace.skipped(line, section, diagnostics.get(diagnostics.size() - 1).code());
		}
		var spec = resolved.get().table();
		var row = resolved.get().row();
		var rows = writtenRows.computeIfAbsent(spec.key(), key -> new LinkedHashMap<>());
		if (rows.containsKey(row.key())) {
			return skip(line, Diagnostic.error(IssueCodes.ROW_DUPLICATE, "行“" + row.qualifiedLabel() + "”重复，已在第 "
					+ rows.get(row.key()).line() + " 行填写", line.label().range()));
		}
		select(spec, line.label().range());
		rows.put(row.key(), line.label().range());
		var columns = headerTable == spec && headerColumns != null ? headerColumns : spec.columns();
		readCells(spec, row, columns, line.cells());
		if (columns == headerColumns) {
			rowLengths.add(spec, row, columns, withoutTrailingEmpty(line.cells()).size(), line.label().range());
		}
		return new LinePlace(line, LineRole.ROW, section, spec, row, Collections.unmodifiableList(columns), null);
	}

	/** Trailing empty cells are nothing: a line may end with a separator. */
	private static List<SourceCell> withoutTrailingEmpty(List<SourceCell> cells) {
		int count = cells.size();
		while (count > 0 && cells.get(count - 1).isEmpty()) {
			count--;
		}
		return cells.subList(0, count);
	}

	private void readCells(TableSpec spec, RowSpec row, List<ColumnSpec> columns, List<SourceCell> written) {
		var cells = withoutTrailingEmpty(written);
		for (int i = 0; i < cells.size(); i++) {
			if (i >= columns.size()) {
				diagnostics.add(Diagnostic.error(IssueCodes.CELL_EXTRA, "单元格多于列数：本行只有 " + columns.size() + " 列",
						cells.get(i).range()));
				return;
			}
			var column = columns.get(i);
			if (column != null) {
				var ref = new CellRef(spec.key(), row.key(), column.key());
				int before = diagnostics.size();
				this.cells.put(ref, cellReader.read(ref, column, cells.get(i)));
				CellFixes.attach(diagnostics, before, column, cells.get(i));
			}
		}
	}

	/** The current table first, then every table of the section: rows may switch tables implicitly. */
	private Optional<TableRow> resolveRow(SourceText label) {
		if (table != null && template.matchRow(table, label.text()) instanceof Match.Found<RowSpec> found) {
			return Optional.of(new TableRow(table, found.value()));
		}
		var candidates = section.tables().stream()
				.flatMap(spec -> spec.rows().stream().map(row -> new TableRow(spec, row))).toList();
		var forms = template.labelForms();
		var match = LabelMatcher.matchNormalised(label.text(), candidates, candidate -> forms.of(candidate.row()), true);
		if (match instanceof Match.Found<TableRow> found) {
			return Optional.of(found.value());
		}
		diagnostics.add(UnknownRows.diagnostic(template, section, table, label, match));
		(table != null ? List.of(table) : section.tables()).forEach(spec -> incompleteTables.add(spec.key()));
		return Optional.empty();
	}

	private static boolean hasLabel(TableLine line) {
		return line.label() != null && !line.label().text().isBlank();
	}

	/**
	 * Every cell of every table of the template, the left-out ones as 0 pointing at their row (or table,
	 * or the given place), with the totals computed.
	 */
	Map<String, ReportTable> tables(Function<TableSpec, SourceRange> fallback) {
		var all = new LinkedHashMap<CellRef, Cell>();
		for (TableSpec spec : template.tables()) {
			var rows = writtenRows.getOrDefault(spec.key(), Map.of());
			var tablePlace = tablePlaces.getOrDefault(spec.key(), fallback.apply(spec));
			for (RowSpec row : spec.rows()) {
				for (ColumnSpec column : spec.columns()) {
					var ref = new CellRef(spec.key(), row.key(), column.key());
					all.put(ref, cells.getOrDefault(ref, new Cell(ref, BigDecimal.ZERO, CellOrigin.OMITTED,
							rows.getOrDefault(row.key(), tablePlace))));
				}
			}
		}
		TotalsCalculator.computeTotals(template, all);
		var shortRows = rowLengths.shortRows(diagnostics);
		var tables = new LinkedHashMap<String, ReportTable>();
		for (TableSpec spec : template.tables()) {
			tables.put(spec.key(), new ReportTable(spec, writtenRows.containsKey(spec.key()), !incompleteTables.contains(spec.key()),
					all.values().stream().filter(cell -> cell.ref().table().equals(spec.key())).toList(),
					shortRows.getOrDefault(spec.key(), Map.of())));
		}
		return tables;
	}

	/** A row of one of the section's tables. */
	record TableRow(TableSpec table, RowSpec row) {
	}
}
