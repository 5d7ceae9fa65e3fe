package org.govreport.dsl.template;

import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything one version of the official form fixes: sections, tables, labels, units and rules. Code
 * outside this package knows no row or column by name; it asks the description.
 *
 * @param firstYear the first report year for which this version is in force
 * @param index what is looked up in the other components for every report, made from them by the shorter constructor
 */
public record TemplateDescription(String id, String issuingDocument, String title, int firstYear,
		List<SectionSpec> sections, List<BalanceRule> balanceRules, List<CrossYearRule> crossYearRules,
		List<Inequality> inequalities, List<ProseFigure> proseFigures, DescriptionIndex index) {

	public TemplateDescription(String id, String issuingDocument, String title, int firstYear, List<SectionSpec> sections,
			List<BalanceRule> balanceRules, List<CrossYearRule> crossYearRules, List<Inequality> inequalities,
			List<ProseFigure> proseFigures) {
		this(id, issuingDocument, title, firstYear, sections, balanceRules, crossYearRules, inequalities, proseFigures,
				new DescriptionIndex(sections, balanceRules));
	}

	/** The title line every version prints above the report: 〈机关〉〈年度〉年政府信息公开工作年度报告. */
	private static final String REPORT_TITLE = "政府信息公开工作年度报告";

	/** The printed title of a report; the year is left out when the report has none. */
	public String reportTitle(String organ, Integer year) {
		return (organ == null ? "" : organ) + (year == null ? "" : year + "年") + REPORT_TITLE;
	}

	/** 六个部分: the sections of this version counted as messages count them (numbered 一 to the last). */
	public String sectionsInWords() {
		return lastSection().number() + "个部分";
	}

	/** 一 至 六: the numbers the sections of this version run through. */
	public String sectionNumberRange() {
		return sections.get(0).number() + " 至 " + lastSection().number();
	}

	private SectionSpec lastSection() {
		return sections.get(sections.size() - 1);
	}

	public List<TableSpec> tables() {
		return index.tables();
	}

	public Optional<TableSpec> table(String key) {
		return Optional.ofNullable(index.table(key));
	}

	/** The normalised ways of writing each section, table, row and column. */
	public LabelForms labelForms() {
		return index.labelForms();
	}

	public Optional<SectionSpec> sectionOf(TableSpec table) {
		// A table of this description is found as itself, without comparing whole tables (rows, columns and
		// layouts) with their generated equals; only a table from elsewhere is compared.
		var own = sections.stream().filter(section -> section.tables().stream().anyMatch(mine -> mine == table)).findFirst();
		return own.isPresent() ? own : sections.stream().filter(section -> section.tables().contains(table)).findFirst();
	}

	/**
	 * A section heading. Pieces of a heading are accepted only after a section number (一、 or 1、), so
	 * that a sub-heading such as （一）主动公开 is not taken for 二、主动公开政府信息情况.
	 */
	public Match<SectionSpec> matchSection(String written) {
		return matchIn(sections, labelForms()::of, written, SectionNumbers.of(written).isPresent());
	}

	public Match<TableSpec> matchTable(SectionSpec section, String written) {
		return matchIn(section.tables(), labelForms()::of, written, true);
	}

	public Match<RowSpec> matchRow(TableSpec table, String written) {
		return matchIn(table.rows(), labelForms()::of, written, true);
	}

	public Match<ColumnSpec> matchColumn(TableSpec table, String written) {
		return matchIn(table.columns(), labelForms()::of, written, true);
	}

	private <T> Match<T> matchIn(List<T> candidates, Function<T, List<String>> forms, String written, boolean acceptPieces) {
		return LabelMatcher.matchIndexed(written, index.labelForms().index(candidates, forms), acceptPieces);
	}

	/** Every concrete identity of every table. */
	public List<Identity> identities() {
		return index.identities();
	}

	/**
	 * For each total cell, the identity that computes it when the user leaves it out: the first one in
	 * rule order that has it as its result, so that every total has exactly one definition and no cycle.
	 */
	public Map<CellRef, Identity> definitions() {
		return index.definitions();
	}

	/** Whether a cell is a total: it may be left out and is then computed. */
	public boolean isTotal(CellRef cell) {
		return table(cell.table()).map(spec -> spec.row(cell.row()).map(RowSpec::total).orElse(false)
				|| spec.column(cell.column()).map(ColumnSpec::total).orElse(false)).orElse(false);
	}
}
