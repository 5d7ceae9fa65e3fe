package org.govreport.dsl.tests.skeleton;

import static org.govreport.dsl.tests.ReportTesting.expectNoDiagnostics;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.govreport.dsl.skeleton.ReportSkeleton;
import org.govreport.dsl.template.OrganLevel;
import org.govreport.dsl.template.OrganLevels;
import org.govreport.dsl.template.TemplateDescription;
import org.govreport.dsl.template.Templates;
import org.junit.jupiter.api.Test;

class ReportSkeletonTest {
	private final ReportSkeleton skeleton = new ReportSkeleton();

	@Test
	void everySkeletonValidatesClean() {
		for (TemplateDescription template : Templates.all()) {
			for (OrganLevel level : OrganLevels.all()) {
				expectNoDiagnostics(skeleton.skeleton("江城镇", template.firstYear() + 1, template, level));
			}
		}
	}

	/** Every prose block of a new report, the preamble's too, has a comment above it saying what goes in it. */
	@Test
	void everyProseBlockHasAHint() {
		for (TemplateDescription template : Templates.all()) {
			var lines = skeleton.skeleton("江城镇", template.firstYear(), template, null).lines().toList();
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).equals("\"\"\"") && (i == 0 || !lines.get(i - 1).equals("\"\"\""))) {
					assertEquals(true, lines.get(i - 1).startsWith("# "), template.id() + " line " + (i + 1) + ": " + lines.get(i - 1));
				}
			}
		}
	}

	/** What new writes is in the canonical layout and checks clean after a format, as the writer will save it. */
	@Test
	void aSkeletonIsFormattedAndStaysClean() {
		var formatter = new org.govreport.dsl.format.ReportFormatter();
		for (TemplateDescription template : Templates.all()) {
			var text = skeleton.skeleton("江城镇", template.firstYear(), template, OrganLevels.byName("乡镇").orElseThrow());
			assertEquals(text, formatter.format(text));
			expectNoDiagnostics(formatter.format(text));
		}
	}

	/** A 0 written in a total would become an error with the first figure typed; blank totals are computed. */
	@Test
	void totalsAreLeftBlankToBeComputed() {
		var text = skeleton.skeleton("江城镇", 2021, Templates.byId("2021-30").orElseThrow(), null);
		assertEquals("""
				（七）总计 | # 合计行：留空自动计算，填写则核对
				四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0
				行政复议 | 0 | 0 | 0 | 0""", text.lines().filter(line -> line.startsWith("（七）总计") || line.startsWith("四、结转")
				|| line.startsWith("行政复议 ")).map(line -> line.replaceAll(" +", " ")).collect(java.util.stream.Collectors.joining("\n")));
	}

	@Test
	void the2021SkeletonHasEverySectionTableAndRow() {
		assertEquals("""
				# 江城镇 2021 年度报告，格式依据 国办公开办函〔2021〕30号
				机关：江城镇
				年度：2021
				格式：2021-30
				层级：乡镇

				# 前言：编制依据、本报告的组成、统计期限（自某年1月1日起至12月31日止）和查阅方式
				\"""
				\"""

				一、总体情况
				# 主动公开、依申请公开、政府信息管理、平台建设、监督保障等情况；小标题写作“（一）主动公开情况”
				\"""
				\"""

				二、主动公开政府信息情况
				第二十条第（一）项 | 本年制发件数 | 本年废止件数 | 现行有效件数
				规章               |            0 |            0 |            0
				行政规范性文件     |            0 |            0 |            0
				第二十条第（五）项 | 本年处理决定数量
				行政许可           |                0
				第二十条第（六）项 | 本年处理决定数量
				行政处罚           |                0
				行政强制           |                0
				第二十条第（八）项 | 本年收费金额（单位：万元）
				行政事业性收费     |                          0
				""", skeleton.skeleton("江城镇", 2021, Templates.byId("2021-30").orElseThrow(), OrganLevels.byName("乡镇").orElseThrow())
				.split("\n\n三、")[0] + "\n");
	}
}
