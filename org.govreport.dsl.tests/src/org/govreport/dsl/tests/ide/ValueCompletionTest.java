package org.govreport.dsl.tests.ide;

import static org.govreport.dsl.tests.ide.ContentAssistTest.expectCompletions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What completion offers for a cell or a header field's value, and what accepting it replaces: the whole
 * value the slot holds, with the file's spacing. Rendered as in {@link ContentAssistTest}.
 */
class ValueCompletionTest {
	private static final String REVIEW_TABLE = """
			年度：2021
			四、政府信息公开行政复议、行政诉讼情况
			| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
			""";

	@TempDir
	Path folder;

	@Test
	void aTotalHoldingAFigureIsReplacedWholeNotPrefixed() {
		expectCompletions(REVIEW_TABLE + "行政复议 | 1 | 0 | 0 | 0 | ‸0\n", "1 + 0 + 0 + 0 = 1 → \"1\" @84+1");
	}

	@Test
	void theCursorAfterTheFigureStillReplacesItWhenTheTypedDigitsLeadToTheValue() {
		expectCompletions(REVIEW_TABLE + "行政复议 | 5 | 7 | 0 | 1 | 1‸\n", "5 + 7 + 0 + 1 = 13 → \"13\" @84+1");
	}

	@Test
	void aTypedFigureThatCannotBecomeTheValueGetsNothingSoEnterKeepsIt() {
		expectCompletions(REVIEW_TABLE + "行政复议 | 5 | 7 | 0 | 1 | 2‸\n", "");
	}

	@Test
	void rightAfterTheSeparatorTheValueGetsTheFilesSpace() {
		expectCompletions(REVIEW_TABLE + "行政复议 | 5 | 7 | 0 | 1 |‸\n", """
				5 + 7 + 0 + 1 = 13 → " 13" @83+0
				0 → " 0" @83+0""");
	}

	@Test
	void theFullWidthSeparatorIsACellsSeparatorToo() {
		expectCompletions(REVIEW_TABLE + "行政复议 ｜ 5 ｜ 7 ｜ 0 ｜ 1 ｜‸\n", """
				5 + 7 + 0 + 1 = 13 → " 13" @83+0
				0 → " 0" @83+0""");
	}

	@Test
	void aFileWrittenWithoutSpacesGetsNone() {
		expectCompletions("""
				年度：2021
				四、政府信息公开行政复议、行政诉讼情况
				|结果维持|结果纠正|其他结果|尚未审结|总计
				行政复议|5|7|0|1|‸
				""", """
				5 + 7 + 0 + 1 = 13 → "13" @65+0
				0 → "0" @65+0""");
	}

	@Test
	void anEmptyCellBetweenSeparatorsGetsSpacesOnBothSides() {
		expectCompletions(REVIEW_TABLE + "行政复议 | 5 |‸| 0 | 1 | 13\n", "0 → \" 0 \" @71+0");
	}

	@Test
	void anOrdinaryCellIsOfferedZero() {
		expectCompletions(REVIEW_TABLE + "行政复议 | ‸\n", "0 → \" 0\" @67+1");
	}

	@Test
	void aSpaceAfterAWordOffersNothing() {
		expectCompletions("""
				年度：2021
				二、主动公开政府信息情况
				第二十条第（六）项 | 本年处理决定数量
				行政处罚 ‸
				""", "");
	}

	@Test
	void nothingInProseOrAComment() {
		expectCompletions("""
				年度：2021
				一、总体情况
				\"""
				本年度 ‸
				\"""
				""", "");
		expectCompletions("""
				年度：2021  # 上年 | ‸
				""", "");
	}

	@Test
	void nothingIsPutInFrontOfWhatALineAlreadyHolds() {
		expectCompletions("""
				机关：江城镇
				‸年度：2021
				""", "");
	}

	@Test
	void aLabelNoRowMatchesOffersNoColumnNames() {
		expectCompletions(REVIEW_TABLE + "没有这一行 | ‸\n", "");
	}

	@Test
	void aPartlyTypedColumnNameIsReplacedWhole() {
		expectCompletions("""
				年度：2021
				四、政府信息公开行政复议、行政诉讼情况
				| 结果维持 | 结果‸纠 | 其他结果
				""", "结果纠正 → \"结果纠正\" @37+3");
	}

	@Test
	void headerFieldsNotYetWrittenComeWithTheirColon() {
		expectCompletions("""
				机关：江城镇
				年度：2021
				层‸
				""", "层级 → \"层级：\" @15+1");
	}

	@Test
	void levelsAfterTheColonTheOneTheOrgansNameShowsFirst() {
		expectCompletions("""
				机关：江城镇
				年度：2021
				层级：‸
				""", """
				乡镇 → "乡镇" @18+0
				县级部门 → "县级部门" @18+0
				县级政府 → "县级政府" @18+0
				市级部门 → "市级部门" @18+0
				设区的市政府 → "设区的市政府" @18+0
				省级部门 → "省级部门" @18+0
				省级政府 → "省级政府" @18+0
				国务院部门 → "国务院部门" @18+0""");
	}

	@Test
	void anotherTemplateVersionReplacesTheOneWritten() {
		expectCompletions("""
				机关：江城镇
				年度：2020
				格式：‸2021-30
				""", "2019-60 → \"2019-60\" @18+7");
	}

	@Test
	void templateVersionsTheOneInForceForTheYearFirst() {
		expectCompletions("""
				机关：江城镇
				年度：2020
				格式：‸
				""", """
				2019-60 → "2019-60" @18+0
				2021-30 → "2021-30" @18+0""");
	}

	@Test
	void yearsAfterTheColonLastYearFirst() {
		int thisYear = Year.now().getValue();
		expectCompletions("""
				机关：江城镇
				年度：‸
				""", thisYear - 1 + " → \"" + (thisYear - 1) + "\" @10+0\n" + thisYear + " → \"" + thisYear + "\" @10+0");
	}

	@Test
	void aCellLastYearsReportCarriesOverIsOfferedThatValue() throws Exception {
		Files.writeString(folder.resolve("江城镇-2019.govreport"), """
				机关：江城镇
				年度：2019
				二、主动公开政府信息情况
				第二十条第（五）项 | 上一年项目数量 | 本年增/减 | 处理决定数量
				行政许可 | 430 | 11 | 0
				""");
		Path file = folder.resolve("江城镇-2020.govreport");
		String source = """
				机关：江城镇
				年度：2020
				二、主动公开政府信息情况
				第二十条第（五）项 | 上一年项目数量 | 本年增/减 | 处理决定数量
				行政许可 | ‸440 | 7 | 0
				""";
		Files.writeString(file, source.replace("‸", ""));
		expectCompletions(URI.createFileURI(file.toString()), source, """
				上年 430 + 上年 11 = 441 → "441" @72+3
				0 → "0" @72+3""");
	}
}
