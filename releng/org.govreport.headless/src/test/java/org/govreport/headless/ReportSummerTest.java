package org.govreport.headless;

import static org.govreport.headless.ExampleReports.FORM_2019_60;
import static org.govreport.headless.ExampleReports.HENGSHAN_2021_30;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.model.Cell;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.OrganLevels;
import org.govreport.headless.TypedReports.TypedReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSummerTest {

	@TempDir
	Path folder;

	private final ReportSummer summer = new ReportSummer();

	@Test
	void theFour2019v60ExamplesSumToAReportThatChecksClean() throws Exception {
		var summed = summer.sum(FORM_2019_60, "某区人民政府办公室", OrganLevels.byName("县级政府").orElseThrow(), false);
		Path file = Files.writeString(folder.resolve("某区人民政府办公室-2020.govreport"), summed.text());
		TypedReport result = new TypedReports().read(file);
		assertEquals(List.of(), result.checked().findings());
		for (var table : result.report().tables().values()) {
			for (Cell cell : table.cells()) {
				assertEquals(0, sumOfInputs(summed.inputs(), cell.ref()).compareTo(cell.value()), cell.ref().toString());
			}
		}
		// 八桥镇 589.08 + 江城镇 11210元 (1.121 万元) + 町店镇 109930: exact, with the decimals of the inputs
		assertEquals(new BigDecimal("110520.201"), result.report().cell(new CellRef("art20.9", "purchasing", "purchaseAmount")).value());
		assertTrue(summed.text().startsWith("# 某区人民政府办公室 2020 年度报告：由 govreport sum 汇总 4 份报告的表格，正文待写\n# 汇总自："),
				summed.text());
		assertTrue(summed.text().contains("\n机关：某区人民政府办公室\n年度：2020\n格式：2019-60\n层级：县级政府\n"), summed.text());
	}

	@Test
	void addingThe2021v30ExampleIsRefusedNamingItAndHowItDiffers() {
		var inputs = new ArrayList<>(FORM_2019_60);
		inputs.add(HENGSHAN_2021_30);
		var refused = assertThrows(ReportSummer.Refused.class, () -> summer.sum(inputs, "某区", null, true));
		assertEquals("reports of one year and one template version can be summed; these differ:\n" + HENGSHAN_2021_30
				+ ": 格式 2021-30（" + FORM_2019_60.get(0) + " 为 2019-60）", refused.getMessage());
	}

	@Test
	void reportsOfDifferentYearsAreRefused() throws IOException {
		Path lastYear = Files.writeString(folder.resolve("江城镇-2019.govreport"),
				ExampleReports.edit(ExampleReports.jiangcheng2020(), "年度：2020", "年度：2019"));
		var refused = assertThrows(ReportSummer.Refused.class,
				() -> summer.sum(List.of(FORM_2019_60.get(0), lastYear), "某区", null, false));
		assertTrue(refused.getMessage().endsWith("\n" + lastYear + ": 年度 2019（" + FORM_2019_60.get(0) + " 为 2020）"),
				refused.getMessage());
	}

	@Test
	void anInputWithErrorsIsRefusedByNameUnlessForced() throws Exception {
		Path broken = Files.writeString(folder.resolve("江城镇-2020.govreport"), ExampleReports.edit(ExampleReports.jiangcheng2020(),
				"一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0", "一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 0"));
		var inputs = List.of(FORM_2019_60.get(0), broken);
		var refused = assertThrows(ReportSummer.Refused.class, () -> summer.sum(inputs, "某区", null, false));
		assertEquals(broken + " has errors\nnot summed (--force sums them anyway)", refused.getMessage());
		var forced = summer.sum(inputs, "某区", null, true);
		assertEquals(1, forced.inputs().get(1).errors());
	}

	@Test
	void lastYearsSummedReportIsReadForTheCrossYearRules() throws Exception {
		var thisYear = summer.sum(FORM_2019_60, "某区", null, false);
		Path file = Files.writeString(folder.resolve("某区-2020.govreport"), thisYear.text());
		// last year's sum carried 3 applications into 2020 from 自然人; this year's sum says 0 were carried
		String lastYear = ExampleReports.edit(ExampleReports.edit(thisYear.text(), "年度：2020", "年度：2019"),
				"四、结转下年度继续办理                                   |      0 |", "四、结转下年度继续办理 | 3 |");
		lastYear = ExampleReports.edit(lastYear, "一、本年新收政府信息公开申请数量                         |      1 |",
				"一、本年新收政府信息公开申请数量 | 4 |");
		Files.writeString(folder.resolve("某区-2019.govreport"), lastYear);
		var findings = new TypedReports().read(file).checked().findings();
		assertTrue(findings.stream().anyMatch(finding -> finding.code().equals("govreport.crossYear.R8")
				&& finding.message().startsWith("二 自然人 应为 3（= 上年 四 自然人 3），实为 0；")), findings::toString);
		assertTrue(findings.stream().allMatch(finding -> finding.message().endsWith("上年报告 某区-2019.govreport")), findings::toString);
	}

	private static BigDecimal sumOfInputs(List<TypedReport> inputs, CellRef ref) {
		return inputs.stream().map(input -> input.report().cell(ref).value()).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
