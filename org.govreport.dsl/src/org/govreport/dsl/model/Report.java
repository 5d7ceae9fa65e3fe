package org.govreport.dsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.OrganLevel;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TemplateDescription;

/**
 * A report as the rules and renderers see it: typed, with every table of its template version filled.
 *
 * @param sourceName the file the report was read from, for messages naming two files
 * @param year null when missing or unreadable
 * @param level null when not given
 * @param previousReport the path written in 上年报告, or null
 * @param tables by table key, one for every table of the template, in template order
 * @param summedOrgans the organs written in 汇总自 (a report govreport sum wrote); empty for any other
 */
public record Report(String sourceName, String organ, Integer year, TemplateDescription template, OrganLevel level,
		String previousReport, List<Paragraph> preamble, List<ReportSection> sections, Map<String, ReportTable> tables,
		List<String> summedOrgans) {

	public ReportTable table(String key) {
		return tables.get(key);
	}

	/** The cell a template reference names; null if this report's version has no such cell. */
	public Cell cell(CellRef ref) {
		var table = tables.get(ref.table());
		return table == null ? null : table.cell(ref);
	}

	public Optional<ReportSection> section(SectionSpec spec) {
		// The section of this report's own description is found as itself, without comparing whole sections
		// with their generated equals; only a section from elsewhere is compared.
		var own = sections.stream().filter(section -> section.spec() == spec).findFirst();
		return own.isPresent() ? own : sections.stream().filter(section -> section.spec().equals(spec)).findFirst();
	}
}
