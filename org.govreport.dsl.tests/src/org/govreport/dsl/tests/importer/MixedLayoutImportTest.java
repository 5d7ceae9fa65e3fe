package org.govreport.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Collectors;

import org.govreport.dsl.generator.text.TextRenderer;
import org.govreport.dsl.importer.ReportImporter;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.tests.Examples;
import org.junit.jupiter.api.Test;

/**
 * Real reports mix the versions (洪泽区 2023: 2021-30 table 二 with the 2019-60 single （六）其他处理) and
 * misspell labels (现行有效件, 其他法律行政止公开): the version is read from the tables, the other
 * version's row is counted where this version counts it, and every such step is noted.
 */
class MixedLayoutImportTest extends ImportTesting {

	@Test
	void aSingleOtherHandlingRowInA2021ReportGoesToItsLastItemWithANote() throws Exception {
		var published = hengshan()
				.replaceFirst("\t（六）其他处理\n(?s:.*?)\t3\\.其他\n(\t0\n){7}\n", "\t（六）其他处理\n\t2\n\t0\n\t0\n\t0\n\t0\n\t0\n\t2\n\n")
				.replace("现行有效件数", "现行有效件").replace("2.其他法律行政法规禁止公开", "2.其他法律行政止公开");
		var imported = new ReportImporter().read("洪泽区.txt", published.getBytes(StandardCharsets.UTF_8));
		var report = model(imported.text(), "洪泽区.txt");
		assertEquals("2021-30", report.template().id());
		assertEquals("2 2", report.cell(new CellRef("applications", "other.3", "natural")).value() + " "
				+ report.cell(new CellRef("applications", "other.3", "total")).value());
		assertEquals("洪泽区.txt:289:2: 导入：原文为 2019-60 格式的“（六）其他处理”，计入“（六）其他处理 3.其他”",
				imported.notes().stream().map(note -> note.render("洪泽区.txt")).collect(Collectors.joining("\n")));
		assertEquals("""
				（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请         | # 导入：原文没有此行，各格留空
				（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | # 导入：原文没有此行，各格留空
				（六）其他处理 3.其他                                                                   |      2 |        0 |        0 |            0 |            0 |    0 |    2 # 导入：（289:2）原文为 2019-60 格式的“（六）其他处理”，计入“（六）其他处理 3.其他”""",
				imported.text().lines().filter(line -> line.startsWith("（六）")).collect(Collectors.joining("\n")));
	}

	@Test
	void theSplitOtherHandlingRowsAloneMakeA2020Report2021Format() throws Exception {
		var published = hengshan().replaceFirst("(?s)(二、主动公开政府信息情况\n).*?(三、收到和处理政府信息公开申请情况)", "$1$2");
		var imported = new ReportImporter().read("衡山镇.txt", published.getBytes(StandardCharsets.UTF_8));
		assertEquals("2020 2021-30", model(imported.text(), "衡山镇.txt").year() + " " + model(imported.text(), "衡山镇.txt").template().id());
	}

	private String hengshan() throws Exception {
		var example = Examples.files().stream().filter(file -> file.toString().contains("衡山镇")).findFirst().orElseThrow();
		return TextRenderer.text(model(Files.readString(example), "衡山镇-2020.govreport"));
	}
}
