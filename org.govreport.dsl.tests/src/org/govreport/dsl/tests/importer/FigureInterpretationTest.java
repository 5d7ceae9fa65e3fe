package org.govreport.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.govreport.dsl.importer.ReportImporter;
import org.govreport.dsl.model.Report;
import org.junit.jupiter.api.Test;

/** What officials type into number cells, each read as the form means it and noted where it was read. */
class FigureInterpretationTest extends ImportTesting {
	private static final String PUBLISHED = """
			某某街道2019年政府信息公开工作年度报告
			一、总体情况
			概述。
			二、主动公开政府信息情况
			\t第二十条第（一）项

			\t信息内容
			\t本年新制作数量
			\t本年新公开数量
			\t对外公开总数量

			\t规范性文件
			\t5件
			\t+3
			\t1,234

			\t第二十条第（五）项

			\t信息内容
			\t上一年项目数量
			\t本年增/减
			\t处理决定数量

			\t行政许可
			\t－
			\t+12
			\t见附件

			\t第二十条第（九）项

			\t信息内容
			\t采购项目数量
			\t采购总金额（单位：元）

			\t政府集中采购
			\t2
			\t251000

			-3-
			三、收到和处理政府信息公开申请情况
			\t一、本年新收政府信息公开申请数量
			\t1
			\t0
			\t0
			\t0
			\t0
			\t0
			\t

			四、政府信息公开行政复议、行政诉讼情况
			五、存在的主要问题及改进情况
			六、其他需要报告的事项
			""";

	@Test
	void everyInterpretedFigureIsNotedWithItsPlace() throws Exception {
		var imported = new ReportImporter().read("街道.txt", PUBLISHED.getBytes(StandardCharsets.UTF_8));
		assertEquals("""
				街道.txt:13:2: 导入：规范性文件 本年新制作数量：原文“5件”，去掉单位“件”
				街道.txt:14:2: 导入：规范性文件 本年新公开数量：原文“+3”，去掉正号
				街道.txt:15:2: 导入：规范性文件 对外公开总数量：原文“1,234”，去掉千位分隔符
				街道.txt:25:2: 导入：行政许可 上一年项目数量：原文“－”，按 0
				街道.txt:27:2: 导入：行政许可 处理决定数量：原文“见附件”不是数字，照录，请核对
				街道.txt:37:2: 导入：政府集中采购 采购总金额：原文“251000”，表头单位为元；即 25.1 万元
				街道.txt:39:1: 导入：略去页码“-3-”
				街道.txt:48:2: 导入：一 总计：原文空白，合计由检查算出""",
				imported.notes().stream().map(note -> note.render("街道.txt")).collect(Collectors.joining("\n")));
		var report = model(imported.text(), "街道.txt");
		assertEquals("""
				art20.1[normative,newMade] = 5
				art20.1[normative,newPublished] = 3
				art20.1[normative,totalPublished] = 1234
				art20.5[licensing,delta] = 12
				art20.5[licensing,decisions] = ?
				art20.9[purchasing,purchases] = 2
				art20.9[purchasing,purchaseAmount] = 25.1
				applications[new,natural] = 1
				applications[new,total] = 1""", cells(report));
		assertEquals("机关 某某街道\n年度 2019\n格式 2019-60\n层级 乡镇", dump(report).lines().limit(4).collect(Collectors.joining("\n")));
	}

	/** The cells that differ from 0: the figures this report wrote. */
	private static String cells(Report report) {
		return dump(report).lines().filter(line -> line.contains("[") && !line.endsWith("= 0")).collect(Collectors.joining("\n"));
	}
}
