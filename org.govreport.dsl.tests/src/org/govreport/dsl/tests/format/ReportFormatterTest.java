package org.govreport.dsl.tests.format;

import static org.govreport.dsl.tests.ReportTesting.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreport.dsl.format.ReportFormatter;
import org.govreport.dsl.tests.Examples;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Test;

class ReportFormatterTest {
	private final ReportFormatter formatter = new ReportFormatter();

	private void expectFormatted(String source, String expected) {
		assertEquals(expected, formatter.format(source));
		assertEquals(expected, formatter.format(expected), "formatting twice changes nothing");
	}

	@Test
	void headerFieldsGetTheFullWidthColonAndNoSpaces() {
		expectFormatted("  机关 : 江城镇\n年度：  2020   \nyear :2020\n",
				"机关：江城镇\n年度：2020\nyear: 2020\n");
	}

	@Test
	void tableColumnsAreAlignedNumbersToTheRightCountingChineseCharactersTwice() {
		expectFormatted("""
				第二十条第（五）项|上一年项目数量｜本年增/减|处理决定数量
				行政许可 | 0 | 12|  3
				其他对外管理服务事项 |1| -2 | 100
				""", """
				第二十条第（五）项   | 上一年项目数量 | 本年增/减 | 处理决定数量
				行政许可             |              0 |        12 |            3
				其他对外管理服务事项 |              1 |        -2 |          100
				""");
	}

	@Test
	void aHeaderLineAfterRowsStartsAnotherAlignment() {
		expectFormatted("""
				第二十条第（八）项 | 上一年项目数量 | 本年增/减
				行政事业性收费 | 0 | 0
				第二十条第（九）项 | 采购项目数量 | 采购总金额
				政府集中采购 | 10 | 3.5 万元
				""", """
				第二十条第（八）项 | 上一年项目数量 | 本年增/减
				行政事业性收费     |              0 |         0
				第二十条第（九）项 | 采购项目数量 | 采购总金额
				政府集中采购       |           10 |   3.5 万元
				""");
	}

	@Test
	void proseAndCommentsAreKeptByteForByte() {
		expectFormatted("# 注释  保留 | 原样  \n\n\n一、总体情况   # 标题后的注释\n\"\"\"\n  缩进 | 保留  \n\n\n结尾\"\"\"\n  # 缩进的注释\n",
				"# 注释  保留 | 原样  \n\n一、总体情况 # 标题后的注释\n\"\"\"\n  缩进 | 保留  \n\n\n结尾\"\"\"\n  # 缩进的注释\n");
	}

	@Test
	void emptyCellsStayAndTrailingSeparatorsGo() {
		expectFormatted("| 结果维持 | 总计\n行政复议 |  | 3 |\n", """
				         | 结果维持 | 总计
				行政复议 |          |    3
				""");
	}

	@Test
	void windowsLineBreaksAreKept() {
		expectFormatted("机关:江城镇\r\n行政许可|1\r\n", "机关：江城镇\r\n行政许可 | 1\r\n");
	}

	@Test
	void aLoneCarriageReturnEndsALineAsItDoesForTheParser() {
		expectFormatted("行政许可|1\r其他|2\n", "行政许可 | 1\r其他     | 2\r");
		expectFormatted("机关:江城镇\r行政许可|1\r其他|22\r", "机关：江城镇\r行政许可 |  1\r其他     | 22\r");
	}

	@Test
	void mixedLineEndsBecomeTheMostFrequentOne() {
		expectFormatted("a\r\nb\nc\r\nd\r", "a\r\nb\r\nc\r\nd\r\n");
	}

	@Test
	void aLineWithASyntaxErrorIsKeptAsWritten() {
		expectFormatted("行政许可|1\n  -某镇   |  2\n", "行政许可 | 1\n  -某镇   |  2\n");
	}

	/** Formatting every example changes no figure and no finding, and a second pass changes nothing. */
	@Test
	void examplesKeepTheirMeaningAndAreStable() throws IOException {
		for (Path file : Examples.files()) {
			String source = Files.readString(file, StandardCharsets.UTF_8);
			String formatted = formatter.format(source);
			assertEquals(formatted, formatter.format(formatted), file.toString());
			assertEquals(withoutPlaces(render(ReportTesting.check(source))),
					withoutPlaces(render(ReportTesting.check(formatted))), file.toString());
		}
	}

	private static final Pattern PLACE = Pattern.compile("^(\\w+) \\d+:\\d+", Pattern.MULTILINE);

	private static String withoutPlaces(String rendered) {
		return PLACE.matcher(rendered).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
	}
}
