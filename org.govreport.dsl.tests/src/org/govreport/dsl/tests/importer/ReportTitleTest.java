package org.govreport.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.importer.ImportResult;
import org.govreport.dsl.importer.ReportImporter;
import org.junit.jupiter.api.Test;

/**
 * The organ and the year come from the title however a portal or a city writes it: year first, over two
 * lines, behind breadcrumbs and 发布日期 lines, followed by 发布日期; and from the body when the title
 * fails, with a note.
 */
class ReportTitleTest extends ImportTesting {
	private static final String TITLE = "江城镇2020年政府信息公开工作年度报告";

	@Test
	void aTitleWrittenYearFirstGivesTheOrgan() throws Exception {
		var result = importWithTitle("2020年江城镇政府信息公开工作年度报告");
		assertIdentity("江城镇", "2020", result);
		assertEquals("江城镇-2020.govreport", result.suggestedFileName());
		assertEquals("[]", result.notes().toString());
	}

	@Test
	void aDepartmentTitleWrittenYearFirstGivesTheWholeOrganName() throws Exception {
		assertIdentity("上海市人民政府办公厅", "2019", importWithTitle("2019年上海市人民政府办公厅政府信息公开工作年度报告"));
		assertIdentity("江城镇人民政府", "2020", importWithTitle("2020年度江城镇人民政府政府信息公开工作年度报告"));
	}

	@Test
	void aTitleOverTwoLinesIsJoined() throws Exception {
		assertIdentity("江城镇", "2020", importWithTitle("2020年江城镇\n政府信息公开工作年度报告"));
		assertIdentity("江城镇人民政府", "2020", importWithTitle("江城镇人民政府\n2020年政府信息公开工作年度报告"));
	}

	@Test
	void portalLinesAroundTheTitleAreLeftOut() throws Exception {
		var result = importWithTitle("""
				首页 > 政务公开 > 政府信息公开年报
				发布日期：2021-01-20　　来源：江城镇人民政府　　索引号：11500104-2021-00017
				2020年江城镇政府信息公开工作年度报告
				发布日期：2021-01-20
				字号：【大 中 小】""");
		assertIdentity("江城镇", "2020", result);
		assertEquals(dumpOf(importWithTitle(TITLE)), dumpOf(result));
	}

	@Test
	void aTitleFollowedByItsPublicationDateOnTheSameLine() throws Exception {
		var result = importWithTitle("2020年江城镇政府信息公开工作年度报告　发布日期：2021-01-20 浏览次数：35");
		assertIdentity("江城镇", "2020", result);
		assertEquals(dumpOf(importWithTitle(TITLE)), dumpOf(result));
	}

	@Test
	void aGarbledTitleTakesTheYearFromTheStatisticsPeriodAndTheOrganFromTheBody() throws Exception {
		var text = renderedText().replace(TITLE, "锟斤拷锟斤拷锟斤拷锟斤拷")
				.replace("现将2020年度开展工作的有关情况报告如下", "现将江城镇2020年度政府信息公开工作情况报告如下");
		var result = new ReportImporter().read("报告.txt", text.getBytes(StandardCharsets.UTF_8));
		assertIdentity("江城镇", "2020", result);
		assertEquals("江城镇-2020.govreport", result.suggestedFileName());
		var notes = result.notes().stream().map(note -> note.message()).collect(Collectors.joining("\n"));
		assertEquals("报告标题中没有年度，取统计期限中的 2020，请核对\n报告标题中没有机关名称，取正文中的“江城镇”，请核对", notes);
	}

	@Test
	void theOrganMayComeFromTheCompilerSentence() throws Exception {
		var text = renderedText().replace(TITLE, "政府信息公开工作年度报告")
				.replace("现将2020年度", "本报告由江城镇人民政府办公室编制。现将2020年度");
		var result = new ReportImporter().read("a.txt", text.getBytes(StandardCharsets.UTF_8));
		assertIdentity("江城镇人民政府办公室", "2020", result);
	}

	private ImportResult importWithTitle(String title) throws Exception {
		var text = renderedText().replace(TITLE, title);
		assertTrue(text.contains(title));
		return new ReportImporter().read("download.txt", text.getBytes(StandardCharsets.UTF_8));
	}

	private String renderedText() throws Exception {
		return rendered("江城镇-2020.govreport", DocumentFormat.TXT);
	}

	private String dumpOf(ImportResult result) throws Exception {
		return dump(model(result.text(), "a.govreport"));
	}

	private void assertIdentity(String organ, String year, ImportResult result) throws Exception {
		var report = model(result.text(), "a.govreport");
		assertEquals(organ + " " + year, report.organ() + " " + report.year(), result.text().lines().limit(4).toList().toString());
	}
}
