package org.govreport.dsl.tests.model;

import java.util.stream.Stream;

import org.govreport.dsl.tests.EditCase;
import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each case breaks the valid sample in one place; the expected diagnostics are all the user sees. */
class StructureErrorsTest {
	private static final String BASE = SampleReports.V2019;
	private static final String SECTIONS = "一、总体情况、二、主动公开政府信息情况、三、收到和处理政府信息公开申请情况、四、政府信息公开行政复议、行政诉讼情况、"
			+ "五、存在的主要问题及改进情况、六、其他需要报告的事项";

	static Stream<EditCase> cases() {
		return Stream.of(
				new EditCase("unknown row", BASE, "行政许可           | 440", "行政批准 | 440",
						"ERROR 17:1 govreport.row.unknown 未知的行“行政批准”，可用：行政许可、其他对外管理服务事项"),
				new EditCase("ambiguous row", BASE, "复议后起诉       | 0", "起诉 | 0",
						"ERROR 33:1 govreport.row.ambiguous 行“起诉”不明确，可能是：未经复议直接起诉、复议后起诉；请写完整"),
				new EditCase("a group label alone is ambiguous and the items are listed with their group", BASE,
						"（三）不予公开 1.属于国家秘密     | 1", "（三）不予公开 | 1",
						"ERROR 25:1 govreport.row.ambiguous 行“（三）不予公开”不明确，可能是：（三）不予公开 1.属于国家秘密、（三）不予公开 2.其他法律行政法规禁止公开、"
								+ "（三）不予公开 3.危及“三安全一稳定”、（三）不予公开 4.保护第三方合法权益、（三）不予公开 5.属于三类内部事务信息、"
								+ "（三）不予公开 6.属于四类过程性信息、（三）不予公开 7.属于行政执法案卷、（三）不予公开 8.属于行政查询事项；请写完整"),
				new EditCase("a row of the other version says which version has it", BASE, "规范性文件         | 3", "行政规范性文件 | 3",
						"ERROR 15:1 govreport.row.otherVersion 行“行政规范性文件”属于 2021-30 格式，本报告按 2019-60 格式填报"),
				new EditCase("the single （六） row of 2019-60 in a 2021-30 report", SampleReports.V2021, "（六）其他处理 3.其他             | 1 | 1",
						"（六）其他处理 | 1 | 1",
						"ERROR 23:1 govreport.row.otherVersion 行“（六）其他处理”属于 2019-60 格式，本报告按 2021-30 格式填报"),
				new EditCase("a table of the other version is reported once and its rows skipped", SampleReports.V2021,
						"第二十条第（八）项\n", "第二十条第（九）项\n政府集中采购 | 2 | 3\n第二十条第（八）项\n",
						"ERROR 17:1 govreport.table.otherVersion 表格“第二十条第（九）项”属于 2019-60 格式，本报告按 2021-30 格式填报"),
				new EditCase("a column of the other version", BASE, "| 本年新制作数量 |", "| 本年制发件数 |",
						"ERROR 13:13 govreport.column.otherVersion 列“本年制发件数”属于 2021-30 格式，本报告按 2019-60 格式填报",
						"WARNING 15:21 govreport.plausibility.R10 规范性文件 本年新公开数量 2 大于 规范性文件 本年新制作数量 0，请核对"),
				new EditCase("an empty column name", BASE, "| 本年新制作数量 |", "| |",
						"ERROR 13:12 govreport.column.unknown 列名为空：表头行每格写一个列名",
						"WARNING 15:21 govreport.plausibility.R10 规范性文件 本年新公开数量 2 大于 规范性文件 本年新制作数量 0，请核对"),
				new EditCase("duplicated row", BASE, "四、结转下年度继续办理           | 1 | 0 | 0 | 0 | 0 | 0 | 1",
						"四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1\n结转下年度 | 1",
						"ERROR 29:1 govreport.row.duplicate 行“四、结转下年度继续办理”重复，已在第 28 行填写"),
				new EditCase("missing and duplicated sections", BASE, "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
						"ERROR 34:1 govreport.section.missing 缺少“五、存在的主要问题及改进情况”部分",
						"ERROR 38:1 govreport.section.duplicate “六、其他需要报告的事项”重复，已在第 34 行"),
				new EditCase("a section-like heading inside 一 with another number is a sub-heading", BASE, "上年结转1件。\n\"\"\"\n",
						"上年结转1件。\n\"\"\"\n一、主动公开政府信息情况\n",
						"WARNING 12:1 govreport.section.numbering “一、主动公开政府信息情况”的编号与“二、主动公开政府信息情况”不符，按正文小标题处理"),
				new EditCase("a missing section", BASE, "五、存在的主要问题及改进情况\n\"\"\"\n信息公开的及时性有待提高。\n\"\"\"\n", "",
						"ERROR 34:1 govreport.section.missing 缺少“五、存在的主要问题及改进情况”部分"),
				new EditCase("sections out of order", BASE, "二、主动公开政府信息情况\n", "六、其他需要报告的事项\n二、主动公开政府信息情况\n",
						"ERROR 12:1 govreport.section.order “六、其他需要报告的事项”位置不对：六个部分应按 一 至 六 的顺序排列",
						"ERROR 39:1 govreport.section.duplicate “六、其他需要报告的事项”重复，已在第 12 行"),
				new EditCase("a misspelt section heading", BASE, "五、存在的主要问题及改进情况", "五、存在的问题",
						"ERROR 34:1 govreport.section.unknown 未知的标题“五、存在的问题”，可用：" + SECTIONS,
						"ERROR 38:1 govreport.section.missing 缺少“五、存在的主要问题及改进情况”部分"),
				new EditCase("more cells than columns", BASE, "政府集中采购       | 2 | 11210元", "政府集中采购 | 2 | 11210元 | 5",
						"ERROR 19:23 govreport.cell.extra 单元格多于列数：本行只有 2 列"),
				new EditCase("a unit where none belongs", BASE, "440 | +7 | 12", "440件 | +7 | 12",
						"ERROR 17:21 govreport.cell.unit 上一年项目数量 是件数，不写单位，实为“件”"),
				new EditCase("a word where a number belongs gets a hint", BASE, "440 | +7 | 12", "440 | 无 | 12",
						"ERROR 17:24 govreport.cell.word 本年增/减 应填数字，实为“无”，没有请写 0 [→ 0]"),
				new EditCase("a number too large is a clear error not an overflow", BASE, "440 | +7 | 12",
						"440 | +7 | 1234567890123456789012345678901234567890",
						"ERROR 17:29 govreport.cell.tooLarge 处理决定数量 的数字过大（超过 15 位），请核对"),
				new EditCase("an unreadable year; the version the body fits is used", BASE, "年度：2020", "年度：二〇二〇",
						"ERROR 2:4 govreport.field.year 年度 应为四位数字年份，例如 2020，实为“二〇二〇”"),
				new EditCase("a year out of range", BASE, "年度：2020", "年度：1999",
						"ERROR 2:4 govreport.field.year 年度 1999 不在 2008–2100 之间"),
				new EditCase("an unknown version", BASE, "年度：2020", "年度：2020\n格式：2019-99",
						"ERROR 3:4 govreport.field.template 未知的格式“2019-99”，可用：2019-60、2021-30"),
				new EditCase("a missing organ and year", BASE, "机关：测试镇\n年度：2020\n", "",
						"ERROR 1:1 govreport.field.missing 缺少 机关：（例如 机关：江城镇）",
						"ERROR 1:1 govreport.field.missing 缺少 年度：（例如 年度：2020）"),
				new EditCase("an unknown level", BASE, "层级：乡镇", "层级：村",
						"ERROR 3:4 govreport.field.level 未知的层级“村”，可用：乡镇、县级部门、县级政府、市级部门、设区的市政府、省级部门、省级政府、国务院部门"),
				new EditCase("a table line outside a table section", BASE, "（一）主动公开情况\n", "（一）主动公开情况\n\"\"\"\n规章 | 1\n\"\"\"\n",
						"ERROR 11:1 govreport.table.outside 表格行应写在“二、三、四”部分的标题之后"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void reports(EditCase editCase) {
		editCase.expect();
	}
}
