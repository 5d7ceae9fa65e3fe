package org.govreport.dsl.tests.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.govreport.dsl.template.LabelMatcher;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.SectionNumbers;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.TemplateDescription;
import org.govreport.dsl.template.Templates;
import org.junit.jupiter.api.Test;

/**
 * The label forms a description keeps, normalised once, match exactly what the forms normalised for each
 * written label matched: every form of every element, each two-character piece of one, and text that is
 * no label, written as people write them.
 */
class LabelFormsTest {

	@Test
	void rowsAndColumnsMatchAsWithFormsNormalisedEachTime() {
		for (TemplateDescription template : Templates.all()) {
			for (TableSpec table : template.tables()) {
				for (String written : writings(table)) {
					assertEquals(LabelMatcher.match(written, table.rows(), LabelMatcher::rowForms), template.matchRow(table, written),
							template.id() + " " + table.key() + " row " + written);
					assertEquals(LabelMatcher.match(written, table.columns(), LabelMatcher::columnForms),
							template.matchColumn(table, written), template.id() + " " + table.key() + " column " + written);
				}
			}
		}
	}

	@Test
	void sectionsAndTablesMatchAsWithFormsNormalisedEachTime() {
		for (TemplateDescription template : Templates.all()) {
			for (SectionSpec section : template.sections()) {
				var writings = new LinkedHashSet<String>();
				LabelMatcher.sectionForms(section).forEach(form -> writings.addAll(spellings(form)));
				section.tables().forEach(table -> LabelMatcher.tableForms(table).forEach(form -> writings.addAll(spellings(form))));
				for (String written : writings) {
					assertEquals(LabelMatcher.match(written, template.sections(), LabelMatcher::sectionForms,
							SectionNumbers.of(written).isPresent()), template.matchSection(written),
							template.id() + " section " + written);
					assertEquals(LabelMatcher.match(written, section.tables(), LabelMatcher::tableForms),
							template.matchTable(section, written), template.id() + " table " + written);
				}
			}
		}
	}

	@Test
	void aRowOfNoDescriptionIsNormalisedOnTheSpot() {
		var row = RowSpec.of("extra", "（一）新增事项", "新增");
		assertEquals(List.of("(一)新增事项", "新增事项", "新增", "新增"), Templates.all().get(0).labelForms().of(row));
	}

	private static Set<String> writings(TableSpec table) {
		var writings = new LinkedHashSet<String>();
		table.rows().forEach(row -> LabelMatcher.rowForms(row).forEach(form -> writings.addAll(spellings(form))));
		table.columns().forEach(column -> LabelMatcher.columnForms(column).forEach(form -> writings.addAll(spellings(form))));
		writings.addAll(List.of("", "  ", "无此行", "其他", "合计", "总计", "1.", "（三）"));
		return writings;
	}

	/** A form as written, with ASCII punctuation and spaces, and each two-character piece of it. */
	private static List<String> spellings(String form) {
		var all = new ArrayList<String>();
		all.add(form);
		all.add(form.replace('（', '(').replace('）', ')').replace("、", ". "));
		for (int i = 0; i + 2 <= form.length(); i++) {
			all.add(form.substring(i, i + 2));
		}
		return all;
	}
}
