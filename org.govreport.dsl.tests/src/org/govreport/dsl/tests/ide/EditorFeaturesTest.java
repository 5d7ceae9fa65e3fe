package org.govreport.dsl.tests.ide;

import static org.govreport.dsl.tests.ide.IdeServicesTesting.FILE;
import static org.govreport.dsl.tests.ide.IdeServicesTesting.apply;
import static org.govreport.dsl.tests.ide.IdeServicesTesting.fixesFor;
import static org.govreport.dsl.tests.ide.IdeServicesTesting.cursor;
import static org.govreport.dsl.tests.ide.IdeServicesTesting.outline;
import static org.govreport.dsl.tests.ide.IdeServicesTesting.services;
import static org.govreport.dsl.tests.ide.IdeServicesTesting.withoutCursor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.govreport.dsl.ide.codeactions.QuickFix;
import org.govreport.dsl.ide.editing.EditorProblem;
import org.junit.jupiter.api.Test;

/** Hover, quick fixes, outline, folding and highlighting, through the facade the editor uses. */
class EditorFeaturesTest {
	private static final String APPEALS = """
			机关：江城镇
			年度：2021
			四、政府信息公开行政复议、行政诉讼情况
			| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
			行政复议 | 5 | 7 | 0 | 1 | 12
			""";

	private static void expectHover(String source, String expected) {
		var hover = services().hover(FILE, withoutCursor(source), cursor(source));
		assertEquals(expected, hover.map(text -> text.markdown() + "\n@" + text.offset() + "+" + text.length()).orElse("(none)"));
	}

	@Test
	void hoverOnACellWorksOutItsRule() {
		expectHover(APPEALS.replace("| 12", "| 1‸2"), """
				**行政复议 总计**：12

				R4：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结\s\s
				`5 + 7 + 0 + 1 = 13`  ✗ 填写的是 12
				@91+2""");
	}

	@Test
	void hoverOnALabelGivesTheOfficialWording() {
		expectHover("""
				年度：2021
				三、收到和处理政府信息公开申请情况
				（三）不予公开 1.属于国家秘‸密 | 1
				""", """
				**三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密**

				申请人情况 的行
				@26+16""");
	}

	private static String problems(String text) {
		return services().validate(FILE, text).stream().filter(problem -> problem.severity() == EditorProblem.Severity.ERROR)
				.map(problem -> problem.line() + ":" + problem.column() + " " + problem.code()).collect(Collectors.joining("\n"));
	}

	@Test
	void aWrongTotalIsSetToItsComputedValueAndTheErrorGoes() {
		var fixes = fixesFor(APPEALS, "govreport.balance.R4");
		assertEquals("改为计算值 13", fixes.stream().map(QuickFix::title).collect(Collectors.joining("\n")));
		var fixed = apply(APPEALS, fixes.get(0));
		assertEquals(APPEALS.replace("| 12", "| 13"), fixed);
		assertEquals("", problems(fixed).lines().filter(line -> line.contains("balance")).collect(Collectors.joining("\n")));
	}

	@Test
	void nothingWrittenAsAWordBecomesZero() {
		var text = APPEALS.replace("| 0 |", "| 无 |");
		var fixes = fixesFor(text, "govreport.cell.word");
		assertEquals("“无”改为 0", fixes.stream().map(QuickFix::title).collect(Collectors.joining("\n")));
		assertEquals(APPEALS, apply(text, fixes.get(0)));
	}

	@Test
	void aMistypedColumnIsReplacedByTheNearestLabel() {
		var text = APPEALS.replace("| 结果纠正 |", "| 结果纠证 |");
		var fixes = fixesFor(text, "govreport.column.unknown");
		assertEquals("“结果纠证”改为 结果纠正", fixes.stream().map(QuickFix::title).collect(Collectors.joining("\n")));
		assertEquals(APPEALS, apply(text, fixes.get(0)));
	}

	@Test
	void aFullWidthNumberIsWrittenPlain() {
		var text = APPEALS.replace("| 7 |", "| ７ |");
		var fixes = fixesFor(text, "govreport.cell.numberForm");
		assertEquals("“７”改为 7", fixes.stream().map(QuickFix::title).collect(Collectors.joining("\n")));
		assertEquals(APPEALS, apply(text, fixes.get(0)));
	}

	@Test
	void aUnitInACountColumnIsDropped() {
		var text = APPEALS.replace("| 7 |", "| 7 件 |");
		var fixes = fixesFor(text, "govreport.cell.unit");
		assertEquals("删去单位“件”（本列是件数）", fixes.stream().map(QuickFix::title).collect(Collectors.joining("\n")));
		assertEquals(APPEALS, apply(text, fixes.get(0)));
	}

	@Test
	void aUnitBeforeItsNumberIsMovedBehindIt() {
		var text = """
				年度：2021
				二、主动公开政府信息情况
				第二十条第（八）项 | 本年收费金额（单位：万元）
				行政事业性收费 | 万元 3.5
				""";
		var fixes = fixesFor(text, "govreport.cell.word");
		assertEquals("把单位移到数字后：3.5 万元", fixes.stream().map(QuickFix::title).collect(Collectors.joining("\n")));
		assertEquals(text.replace("万元 3.5", "3.5 万元"), apply(text, fixes.get(0)));
	}

	@Test
	void aMissingSectionIsAddedBeforeTheNextOne() {
		var text = "机关：江城镇\n年度：2021\n四、政府信息公开行政复议、行政诉讼情况\n六、其他需要报告的事项\n\"\"\"无。\"\"\"\n";
		var problem = services().validate(FILE, text).stream()
				.filter(found -> found.message().contains("五、存在的主要问题及改进情况")).findFirst().orElseThrow();
		var fixes = services().quickFixes(FILE, text, problem);
		assertEquals("补上“五、存在的主要问题及改进情况”", fixes.get(0).title());
		assertEquals("""
				机关：江城镇
				年度：2021
				四、政府信息公开行政复议、行政诉讼情况
				五、存在的主要问题及改进情况
				# 本年工作存在的主要问题，以及针对问题的改进措施和上年问题的整改情况
				\"""
				\"""

				六、其他需要报告的事项
				\"""无。\"""
				""", apply(text, fixes.get(0)));
	}

	@Test
	void missingRowsOfTheTableAtTheCursorAreAddedAtZero() {
		var text = """
				年度：2021
				二、主动公开政府信息情况
				第二十条第（六）项 | 本年处理决定数量
				行政处罚 |  |
				""";
		var assists = services().assists(FILE, text, text.indexOf("行政处罚"));
		assertEquals("空白格填 0\n补齐“第二十条第（六）项”缺少的 1 行",
				assists.stream().map(QuickFix::title).collect(Collectors.joining("\n")));
		assertEquals(text.replace("行政处罚 |  |", "行政处罚 | 0 |"), apply(text, assists.get(0)));
		assertEquals(text.replace("行政处罚 |  |", "行政处罚 |  |\n行政强制 | 0"), apply(text, assists.get(1)));
	}

	@Test
	void outlineShowsHeaderSectionsAndTables() {
		var text = services().skeleton("江城镇", 2021, "2021-30", "乡镇");
		assertEquals("""
				报告信息 江城镇 2021 · 2021-30
				一、总体情况
				二、主动公开政府信息情况
				  第二十条第（一）项 2/2 行
				  第二十条第（五）项 1/1 行
				  第二十条第（六）项 2/2 行
				  第二十条第（八）项 1/1 行
				三、收到和处理政府信息公开申请情况
				  申请人情况 25/25 行
				四、政府信息公开行政复议、行政诉讼情况
				  政府信息公开行政复议、行政诉讼情况 3/3 行
				五、存在的主要问题及改进情况
				六、其他需要报告的事项""", outline(text));
	}

	@Test
	void sectionsAndMultiLineProseFold() {
		var text = "年度：2021\n一、总体情况\n\"\"\"\n第一段\n\"\"\"\n\n二、主动公开政府信息情况\n行政许可 | 1\n";
		assertEquals("一、总体情况\n\"\"\"\n第一段\n\"\"\"\n---\n\"\"\"\n第一段\n\"\"\"\n---\n二、主动公开政府信息情况\n行政许可 | 1",
				services().folding(FILE, text).stream().map(region -> text.substring(region.offset(), region.offset() + region.length()))
						.collect(Collectors.joining("\n---\n")));
	}

	@Test
	void highlightingTellsTheKindsOfTextApartAndMarksAWrongTotal() {
		var text = APPEALS + "# 注释\n";
		assertEquals("""
				keyword 机关
				keyword 年度
				section 四、政府信息公开行政复议、行政诉讼情况
				column 结果维持
				column 结果纠正
				column 其他结果
				column 尚未审结
				column 总计
				label 行政复议
				number 5
				number 7
				number 0
				number 1
				wrongTotal 12
				comment # 注释""", services().highlighting(FILE, text).stream()
				.map(span -> span.style().id() + " " + text.substring(span.offset(), span.offset() + span.length()))
				.collect(Collectors.joining("\n")));
	}

	@Test
	void formatIsTheSameAsTheCommandLines() {
		assertEquals("行政复议 | 5 | 12\n", services().format("行政复议|5|12"));
	}
}
