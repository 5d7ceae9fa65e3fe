package org.govreport.headless;

import static org.govreport.headless.ExampleReports.edit;
import static org.govreport.headless.ExampleReports.jiangcheng2020;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportComparisonTest {

	@TempDir
	Path folder;

	private final ReportComparison comparison = new ReportComparison();

	@Test
	void oneCellChangedIsExactlyThatCell() throws IOException {
		String baqiao = Files.readString(ExampleReports.FOLDER.resolve("八桥镇-2020.govreport"));
		Path changed = write("八桥镇-2020.govreport", edit(baqiao, "一、本年新收政府信息公开申请数量 | 1 |", "一、本年新收政府信息公开申请数量 | 2 |"));
		assertEquals("表 三 · 一、本年新收 · 自然人: 1 → 2\n",
				ReportComparison.text(comparison.compare(ExampleReports.FOLDER.resolve("八桥镇-2020.govreport"), changed)));
	}

	@Test
	void aReportEqualsItself() throws IOException {
		assertEquals("", ReportComparison.text(comparison.compare(ExampleReports.JIANGCHENG_2020, ExampleReports.JIANGCHENG_2020)));
	}

	@Test
	void headerFieldsRowsAndProseAreCompared() throws IOException {
		String changed = edit(jiangcheng2020(), "层级：乡镇", "层级：县级政府");
		changed = edit(changed, "行政强制 | 14 | 9 | 0\n", "");
		changed = edit(changed, "2020年江城镇收到和办理网民留言共4件。", "2020年江城镇收到和办理网民留言共5件。");
		assertEquals("""
				层级: 乡镇 → 县级政府
				表 二 · 第二十条第（六）项 · 行政强制: 删去此行
				表 二 · 第二十条第（六）项 · 行政强制 · 上一年项目数量: 14 → 0
				表 二 · 第二十条第（六）项 · 行政强制 · 本年增/减: 9 → 0
				一、总体情况 第 3 段: …收到和办理网民留言共[-4-]{+5+}件。
				""", ReportComparison.text(comparison.compare(ExampleReports.JIANGCHENG_2020, write("b.govreport", changed))));
	}

	@Test
	void twoTemplateVersionsCompareByTheKeysTheyShare() throws IOException {
		String text = ReportComparison.text(comparison.compare(ExampleReports.JIANGCHENG_2020, ExampleReports.HENGSHAN_2021_30));
		assertTrue(text.startsWith("机关: 江城镇 → 霍山县衡山镇\n格式: 2019-60 → 2021-30\n"), text);
	}

	@Test
	void aColumnOnlyTheOlderVersionHasIsStillCompared() throws IOException {
		String text = ReportComparison.text(comparison.compare(ExampleReports.FOLDER.resolve("三江乡-2020.govreport"),
				ExampleReports.HENGSHAN_2021_30));
		assertTrue(text.contains("\n表 二 · 第二十条第（一）项 · 规范性文件 · 本年新制作数量: 3 → —\n"), text);
	}

	@Test
	void jsonCarriesKindPlaceAndBothValues() throws IOException {
		Path changed = write("b.govreport", edit(jiangcheng2020(), "行政许可 | 440 | 7", "行政许可 | 441 | 7"));
		String json = ReportComparison.json(Path.of("a.govreport"), Path.of("b.govreport"),
				comparison.compare(ExampleReports.JIANGCHENG_2020, changed));
		assertEquals("""
				{
				  "old": "a.govreport",
				  "new": "b.govreport",
				  "equal": false,
				  "changes": [
				    {
				      "kind": "cell",
				      "place": "表 二 · 第二十条第（五）项 · 行政许可 · 上一年项目数量",
				      "old": "440",
				      "new": "441",
				      "text": "表 二 · 第二十条第（五）项 · 行政许可 · 上一年项目数量: 440 → 441"
				    }
				  ]
				}
				""", json);
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(folder.resolve(name), content);
	}
}
