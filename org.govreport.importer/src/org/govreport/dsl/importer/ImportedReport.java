package org.govreport.dsl.importer;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govreport.dsl.template.OrganLevel;
import org.govreport.dsl.template.TemplateDescription;

/** What the importer read from a published report, before it is written as .govreport text. */
record ImportedReport(String sourceName, String organ, Integer year, TemplateDescription template, OrganLevel level,
		List<String> preamble, Map<Integer, List<String>> prose, PlacedCells cells, Set<String> tablesSeen,
		ImportNotes notes) {
}
