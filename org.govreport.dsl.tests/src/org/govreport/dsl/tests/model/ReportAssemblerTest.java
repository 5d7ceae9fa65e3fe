package org.govreport.dsl.tests.model;

import static org.govreport.dsl.tests.ReportTesting.assemble;
import static org.govreport.dsl.tests.ReportTesting.edit;
import static org.govreport.dsl.tests.ReportTesting.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.govreport.dsl.model.CellOrigin;
import org.govreport.dsl.model.Paragraph;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.Test;

class ReportAssemblerTest {

	@Test
	void theHeaderGivesOrganYearLevelAndTheVersionInForce() {
		Report report = report(SampleReports.V2019);
		assertEquals("测试镇", report.organ());
		assertEquals(2020, report.year());
		assertEquals("2019-60", report.template().id());
		assertEquals("乡镇", report.level().name());
		assertNull(report.previousReport());
	}

	@Test
	void anExplicitVersionWinsOverTheYear() {
		var report = report(edit(SampleReports.V2021, "年度：2022", "年度：2020\n格式：2021-30"));
		assertEquals(2020, report.year());
		assertEquals("2021-30", report.template().id());
	}

	@Test
	void proseBeforeTheFirstSectionIsThePreambleAndSubHeadingsAreRecognised() {
		var report = report(SampleReports.V2019);
		assertEquals(1, report.preamble().size());
		List<Paragraph> general = report.sections().get(0).paragraphs();
		assertEquals(List.of(true, false), general.stream().map(Paragraph::subHeading).toList());
		assertEquals("（一）主动公开情况", general.get(0).text());
		assertEquals(6, report.sections().size());
	}

	@Test
	void writtenCellsKeepTheirPlaceAndLeftOutCellsAreZero() {
		var table = report(SampleReports.V2019).table("applications");
		var natural = table.cell("new", "natural");
		assertEquals(CellOrigin.WRITTEN, natural.origin());
		assertEquals(new BigDecimal("5"), natural.value());
		assertEquals(22, natural.range().line());
		var research = table.cell("granted", "research");
		assertEquals(CellOrigin.OMITTED, research.origin());
		assertEquals(BigDecimal.ZERO, research.value());
		assertEquals(CellOrigin.COMPUTED, table.cell("refused.2", "total").origin());
		assertEquals(BigDecimal.ZERO, table.cell("refused.2", "total").value());
	}

	@Test
	void leftOutTotalsAreComputed() {
		var report = report(SampleReports.V2021);
		var applications = report.table("applications");
		assertEquals(CellOrigin.COMPUTED, applications.cell("new", "total").origin());
		assertEquals(new BigDecimal("3"), applications.cell("new", "total").value());
		assertEquals(new BigDecimal("4"), applications.cell("total", "total").value());
		assertEquals(new BigDecimal("3"), applications.cell("total", "natural").value());
		assertEquals(CellOrigin.COMPUTED, applications.cell("total", "natural").origin());
		assertEquals(new BigDecimal("2"), report.table("appeals").cell("review", "total").value());
	}

	@Test
	void amountsAreConvertedToTheDocumentUnit() {
		assertEquals(new BigDecimal("1.121"), report(SampleReports.V2019).table("art20.9").cell("purchasing", "purchaseAmount").value());
		var inTenThousands = report(edit(SampleReports.V2019, "11210元", "1.121 万元"));
		assertEquals(new BigDecimal("1.121"), inTenThousands.table("art20.9").cell("purchasing", "purchaseAmount").value());
	}

	@Test
	void aHeaderLineNamesWhichColumnsTheRowsFill() {
		var report = report(edit(SampleReports.V2021, "一、本年新收政府信息公开申请数量 | 2 | 1",
				"| 自然人 | 法律服务机构\n一、本年新收政府信息公开申请数量 | 2 | 1"));
		var applications = report.table("applications");
		assertEquals(new BigDecimal("1"), applications.cell("new", "legal").value());
		assertEquals(BigDecimal.ZERO, applications.cell("new", "business").value());
		assertEquals(new BigDecimal("1"), applications.cell("carried", "natural").value());
	}

	@Test
	void aHeaderLineWithoutItsLeadingBarKeepsItsFirstColumn() {
		var report = report(edit(SampleReports.V2021, "一、本年新收政府信息公开申请数量 | 2 | 1",
				"自然人 | 法律服务机构\n一、本年新收政府信息公开申请数量 | 2 | 1"));
		assertEquals(new BigDecimal("2"), report.table("applications").cell("new", "natural").value());
		assertEquals(new BigDecimal("1"), report.table("applications").cell("new", "legal").value());
	}

	@Test
	void rowsMayComeInAnyOrderAndNameTheirTableImplicitly() {
		var report = report(edit(SampleReports.V2021, "第二十条第（五）项\n行政许可           | 120\n第二十条第（六）项\n", "行政许可 | 120\n"));
		assertEquals(new BigDecimal("120"), report.table("art20.5").cell("licensing", "decisions").value());
		assertEquals(new BigDecimal("30"), report.table("art20.6").cell("penalty", "decisions").value());
	}

	@Test
	void aWordCellIsInvalidNotZero() {
		var assembly = assemble(edit(SampleReports.V2019, "440 | +7 | 12", "440 | 无 | 12"));
		assertEquals(CellOrigin.INVALID, assembly.report().table("art20.5").cell("licensing", "delta").origin());
		assertTrue(assembly.report().table("art20.5").cell("licensing", "delta").value() == null);
	}
}
