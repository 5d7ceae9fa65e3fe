package org.govreport.dsl.tests.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.LabelNormaliser;
import org.govreport.dsl.template.Match;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.TemplateDescription;
import org.govreport.dsl.template.Templates;
import org.junit.jupiter.api.Test;

class LabelMatcherTest {
	private static final TemplateDescription V2019 = Templates.byId("2019-60").orElseThrow();
	private static final TemplateDescription V2021 = Templates.byId("2021-30").orElseThrow();
	private static final TableSpec APPLICATIONS = V2019.table("applications").orElseThrow();
	private static final TableSpec APPEALS = V2019.table("appeals").orElseThrow();

	@Test
	void spellingsPeopleMixCompareEqual() {
		assertEquals(LabelNormaliser.normalise("（三）不予公开1.属于国家秘密"), LabelNormaliser.normalise("(三) 不予公开 1、属于国家秘密"));
		assertEquals(LabelNormaliser.normalise("1．属于国家秘密"), LabelNormaliser.normalise("1.属于国家秘密"));
		assertEquals(LabelNormaliser.normalise("规章"), LabelNormaliser.normalise("规    章"));
		assertEquals(LabelNormaliser.normalise("3.危及“三安全一稳定”"), LabelNormaliser.normalise("3.危及\"三安全一稳定\""));
		assertEquals("属于国家秘密", LabelNormaliser.withoutNumbering("（三）1.属于国家秘密"));
	}

	@Test
	void aRowIsFoundByAnyFormAReaderWouldWrite() {
		assertEquals("withheld.1", row("（三）不予公开 1.属于国家秘密"));
		assertEquals("withheld.1", row("1.属于国家秘密"));
		assertEquals("withheld.1", row("属于国家秘密"));
		assertEquals("withheld.1", row("国家秘密"));
		assertEquals("new", row("一、本年新收政府信息公开申请数量"));
		assertEquals("new", row("本年新收"));
		assertEquals("carriedOver", row("四、结转下年度继续办理"));
		assertEquals("total", row("（七）总计"));
		assertEquals("partly", row("（二）部分公开"));
	}

	@Test
	void aPieceSharedByRowsIsAmbiguousAndListsThem() {
		var match = V2019.matchRow(APPEALS, "起诉");
		assertEquals(List.of("未经复议直接起诉", "复议后起诉"),
				((Match.Ambiguous<RowSpec>) match).candidates().stream().map(RowSpec::label).toList());
		assertEquals(Match.NotFound.class, V2019.matchRow(APPLICATIONS, "申请人").getClass());
	}

	@Test
	void anExactFormWinsOverAPiece() {
		assertEquals("otherResult", V2019.matchColumn(APPEALS, "其他").orNull().key());
		assertEquals("otherOrg", V2019.matchColumn(APPLICATIONS, "其他").orNull().key());
		assertEquals("other.3", V2021.matchRow(V2021.table("applications").orElseThrow(), "3.其他").orNull().key());
	}

	@Test
	void columnsAcceptAliasesAndKnownTypos() {
		assertEquals("upheld", column(APPEALS, "结果维护"));
		assertEquals("natural", column(APPLICATIONS, "自然人"));
		assertEquals("valid", column(V2021.table("art20.1").orElseThrow(), "现行有效件"));
		assertEquals("delta", column(V2019.table("art20.5").orElseThrow(), "本年增/减"));
	}

	@Test
	void sectionHeadingsAcceptTheVariantsOfRealReports() {
		assertEquals(1, section("1、 总体情况"));
		assertEquals(1, section("一、总体情况"));
		assertEquals(4, section("四、因政府信息公开工作被申请行政复议和提起行政诉讼情况"));
		assertEquals(5, section("五、存在问题及改进情况"));
		assertEquals(2, section("二、主动公开"));
	}

	@Test
	void aSubHeadingIsNotTakenForASection() {
		assertEquals(Match.NotFound.class, V2019.matchSection("（一）主动公开").getClass());
		assertEquals(Match.NotFound.class, V2019.matchSection("主动公开").getClass());
	}

	@Test
	void tableTitlesMatchWithEitherBrackets() {
		assertEquals("art20.5", V2019.matchTable(V2019.sections().get(1), "第二十条第(五)项").orNull().key());
		assertEquals(Match.NotFound.class, V2021.matchTable(V2021.sections().get(1), "第二十条第（九）项").getClass());
	}

	private static String row(String written) {
		return V2019.matchRow(APPLICATIONS, written).orNull().key();
	}

	private static String column(TableSpec table, String written) {
		ColumnSpec column = V2019.matchColumn(table, written).orNull();
		return column.key();
	}

	private static int section(String written) {
		SectionSpec section = V2019.matchSection(written).orNull();
		return section.ordinal();
	}
}
