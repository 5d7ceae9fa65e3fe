package org.govreport.dsl.tests.rules;

import static org.govreport.dsl.tests.ReportTesting.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.rules.ReportChecker;
import org.govreport.dsl.tests.ReportTesting;
import org.govreport.dsl.tests.SampleReports;
import org.govreport.dsl.tests.ParsedLines;
import org.junit.jupiter.api.Test;

/** R7, R8, R9: this year against last year. */
class CrossYearBalanceCheckTest {
	private static final String PREVIOUS_2021 = edit(edit(SampleReports.V2021, "年度：2022", "年度：2021"),
			"行政规范性文件     | 4 | 1 | 20", "行政规范性文件     | 2 | 0 | 17");

	@Test
	void carriedApplicationsMatchLastYearsCarriedOver() {
		var carriedOverOne = edit(PREVIOUS_2021, "四、结转下年度继续办理           | 0", "四、结转下年度继续办理 | 1");
		assertEquals("", check(SampleReports.V2021, carriedOverOne));
		assertEquals("ERROR 21:20 govreport.crossYear.R8 二 自然人 应为 0（= 上年 四 自然人 0），实为 1；本年报告 测试镇-2020.govreport，上年报告 测试县人民政府-2021.govreport [→ 0]",
				check(SampleReports.V2021, PREVIOUS_2021));
	}

	@Test
	void validRegulationsFollowFromLastYear() {
		var carriedOverOne = edit(PREVIOUS_2021, "四、结转下年度继续办理           | 0", "四、结转下年度继续办理 | 1");
		assertEquals("ERROR 11:23 govreport.crossYear.R7 行政规范性文件 现行有效件数 应为 21（= 上年 行政规范性文件 现行有效件数 18 + 本年 行政规范性文件 本年制发件数 4 − 本年 行政规范性文件 本年废止件数 1），实为 20；本年报告 测试镇-2020.govreport，上年报告 测试县人民政府-2021.govreport [→ 21]",
				check(SampleReports.V2021, edit(carriedOverOne, "| 2 | 0 | 17", "| 2 | 0 | 18")));
	}

	@Test
	void aPreviousReportInTheOtherVersionSkipsWhatItCannotCompare() {
		var lastYear2019 = edit(edit(SampleReports.V2019, "年度：2020", "年度：2019"), "四、结转下年度继续办理           | 1 | 0 | 0 | 0 | 0 | 0 | 1",
				"四、结转下年度继续办理 | 1");
		assertEquals("", check(SampleReports.V2021, lastYear2019));
	}

	@Test
	void itemCountsFollowFromLastYearIn2019() {
		var lastYear = edit(edit(SampleReports.V2019, "年度：2020", "年度：2019"), "440 | +7 | 12", "430 | +10 | 12");
		assertEquals("", check(SampleReports.V2019, lastYear));
		assertEquals("ERROR 17:18 govreport.crossYear.R9 行政许可 上一年项目数量 应为 441（= 上年 行政许可 上一年项目数量 430 + 上年 行政许可 本年增/减 11），实为 440；本年报告 测试镇-2020.govreport，上年报告 测试县人民政府-2021.govreport [→ 441]",
				check(SampleReports.V2019, edit(lastYear, "+10", "+11")));
	}

	@Test
	void aTableLastYearLeftOutIsNotComparedAgainst() {
		var withoutApplications = PREVIOUS_2021.substring(0, PREVIOUS_2021.indexOf("一、本年新收"))
				+ PREVIOUS_2021.substring(PREVIOUS_2021.indexOf("四、政府信息公开行政复议"));
		assertEquals("", check(SampleReports.V2021, withoutApplications));
	}

	@Test
	void anAbsentPreviousReportIsNotAnError() {
		assertEquals("", ReportTesting.render(ReportChecker.check(ParsedLines.of(SampleReports.V2021), "x.govreport", null)));
	}

	private static String check(String source, String previousSource) {
		return ReportTesting.render(ReportChecker.check(ParsedLines.of(source), ReportTesting.FILE,
				previous(previousSource, "测试县人民政府-2021.govreport")));
	}

	private static Report previous(String source, String name) {
		return ReportAssembler.assemble(ParsedLines.of(source), name).report();
	}
}
