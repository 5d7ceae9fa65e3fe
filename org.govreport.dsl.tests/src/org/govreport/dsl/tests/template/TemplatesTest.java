package org.govreport.dsl.tests.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.govreport.dsl.template.HeaderCell;
import org.govreport.dsl.template.Identity;
import org.govreport.dsl.template.OrganLevels;
import org.govreport.dsl.template.Scope;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.TemplateDescription;
import org.govreport.dsl.template.Templates;
import org.junit.jupiter.api.Test;

class TemplatesTest {
	private static final TemplateDescription V2019 = Templates.byId("2019-60").orElseThrow();
	private static final TemplateDescription V2021 = Templates.byId("2021-30").orElseThrow();

	@Test
	void theYearChoosesTheVersion() {
		assertEquals("2019-60", Templates.forYear(2019).id());
		assertEquals("2019-60", Templates.forYear(2020).id());
		assertEquals("2021-30", Templates.forYear(2021).id());
		assertEquals("2021-30", Templates.forYear(2030).id());
		assertTrue(Templates.byId("2020-01").isEmpty());
	}

	@Test
	void eachVersionNamesItsIssuingDocument() {
		assertEquals("国办公开办函〔2019〕60号", V2019.issuingDocument());
		assertEquals("国办公开办函〔2021〕30号", V2021.issuingDocument());
	}

	@Test
	void sectionTwoHasFiveTablesIn2019AndFourIn2021() {
		assertEquals(List.of("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项"),
				V2019.sections().get(1).tables().stream().map(TableSpec::title).toList());
		assertEquals(4, V2021.sections().get(1).tables().size());
		assertEquals("本年收费金额（单位：万元）", V2021.table("art20.8").orElseThrow().columns().get(0).label());
		assertEquals("万元", V2021.table("art20.8").orElseThrow().columns().get(0).unit());
	}

	@Test
	void tableThreeDiffersOnlyInOtherHandling() {
		var rows2019 = V2019.table("applications").orElseThrow().rows();
		var rows2021 = V2021.table("applications").orElseThrow().rows();
		assertEquals(23, rows2019.size());
		assertEquals(25, rows2021.size());
		assertEquals(List.of("三、本年度办理结果", "（三）不予公开"), rows2019.get(4).groups());
		assertEquals("1.属于国家秘密", rows2019.get(4).label());
		assertEquals(7, V2019.table("applications").orElseThrow().columns().size());
	}

	@Test
	void rTwoSumsExactlyTheResultRowsOfTheVersion() {
		var r2 = V2021.identities().stream().filter(identity -> identity.ruleId().equals("R2")).findFirst().orElseThrow();
		assertEquals(21, r2.plus().size());
		assertEquals("total", r2.result().row());
		assertEquals(19, V2019.identities().stream().filter(identity -> identity.ruleId().equals("R2"))
				.findFirst().orElseThrow().plus().size());
	}

	@Test
	void balancingRulesAreRepeatedAlongTheirScope() {
		var identities = V2019.identities();
		assertEquals(7, count(identities, "R1"));
		assertEquals(7, count(identities, "R2"));
		assertEquals(23, count(identities, "R3"));
		assertEquals(3, count(identities, "R4"));
		var r1 = identities.get(0);
		assertEquals(Scope.PER_COLUMN, r1.scope());
		assertEquals(List.of("new", "carried"), r1.plus().stream().map(cell -> cell.row()).toList());
		assertEquals(List.of("carriedOver"), r1.minus().stream().map(cell -> cell.row()).toList());
		assertFalse(r1.definesResult());
	}

	@Test
	void everyTotalHasOneDefinition() {
		var definitions = V2019.definitions();
		assertEquals(7 + 22 + 3, definitions.size());
		assertEquals("R2", definitions.get(new org.govreport.dsl.template.CellRef("applications", "total", "total")).ruleId());
	}

	@Test
	void sectionFourIsWrittenThreeByFiveAndPrintedAsOneRow() {
		var appeals = V2021.table("appeals").orElseThrow();
		assertEquals(3, appeals.rows().size());
		assertEquals(5, appeals.columns().size());
		var layout = appeals.printLayout();
		assertEquals(3, layout.headerRows().size());
		assertEquals(List.of("行政复议", "行政诉讼"), layout.headerRows().get(0).stream().map(HeaderCell::label).toList());
		assertEquals(15, layout.headerRows().get(0).stream().mapToInt(HeaderCell::columnSpan).sum());
		assertEquals(1, layout.dataRows().size());
		assertEquals(15, layout.dataRows().get(0).size());
	}

	@Test
	void onlySomeLevelsMakeRules() {
		assertFalse(OrganLevels.byName("乡镇").orElseThrow().canMakeRules());
		assertFalse(OrganLevels.byName("街道").orElseThrow().canMakeRules());
		assertTrue(OrganLevels.byName("设区的市政府").orElseThrow().canMakeRules());
		assertTrue(OrganLevels.byName("国务院部门").orElseThrow().canMakeRules());
		assertTrue(OrganLevels.byName("村委会").isEmpty());
	}

	private static long count(List<Identity> identities, String ruleId) {
		return identities.stream().filter(identity -> identity.ruleId().equals(ruleId)).count();
	}
}
