package org.govreport.dsl.tests.parsing;

import static org.govreport.dsl.tests.ReportTesting.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.validation.Issue;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.tests.GovReportInjectorProvider;
import org.govreport.dsl.tests.SampleReports;
import org.govreport.dsl.tests.ValidatedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The messages a careless user met that said nothing useful: ANTLR's English for an organ with a dash,
 * a syntax error and eight follow-ons for an organ with |, silence for a # glued to a value and for an
 * invisible character in a label.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovReportInjectorProvider.class)
class ClearMessagesTest {

	@Inject
	private ParseHelper<Report> parser;

	private List<String> check(String piece, String replacement) throws Exception {
		return ValidatedText.rendered(parser, edit(SampleReports.V2021, piece, replacement));
	}

	@Test
	void anOrganWithADashIsAnOrgan() throws Exception {
		assertEquals(List.of(), check("机关：测试县人民政府", "机关：某市 - 测试县人民政府"));
		assertEquals(List.of(), check("机关：测试县人民政府", "机关：-测试县人民政府"));
	}

	@Test
	void anOrganWithASeparatorIsOneErrorOnItsLine() throws Exception {
		assertEquals(List.of("ERROR 1:4 govreport.field.organ 机关 名称中不能有表格分隔符“|”，实为“某|镇”"),
				check("机关：测试县人民政府", "机关：某|镇"));
	}

	@Test
	void aHashGluedToAValueIsSaidToStartAComment() throws Exception {
		assertEquals(List.of("WARNING 1:11 govreport.text.gluedComment “#一号”紧跟在“测试县人民政府”之后，从 # 起是注释，不算内容；是内容请写全角“＃”，是注释请在 # 前空一格"),
				check("机关：测试县人民政府", "机关：测试县人民政府#一号"));
	}

	@Test
	void aCommentOnALineOfItsOwnIsNoGluedComment() throws Exception {
		assertEquals(List.of(), check("机关：测试县人民政府", "机关：测试县人民政府\n# 汇总自：某镇-2020.govreport\n#紧贴行首的注释"));
	}

	@Test
	void anInvisibleCharacterInALabelIsNamed() throws Exception {
		List<String> found = check("行政许可           | 120", "行政\u200B许可 | 120");
		assertTrue(found.contains("WARNING 13:3 govreport.text.invisible “行政\u200B许可”含不可见字符 U+200B（零宽空格），请删去"),
				found.toString());
	}

	@Test
	void everySyntaxErrorIsInChineseAndSaysWhatIsExpected() throws Exception {
		for (String broken : List.of("机关：测试县人民政府 年度：2020", "机关：测试县人民政府\n\"多余的引号", "行政许可 | 1 年度", "格式：\n：")) {
			String text = edit(SampleReports.V2021, "机关：测试县人民政府", broken);
			List<Issue> syntax = ValidatedText.issues(parser, text).stream().filter(Issue::isSyntaxError).toList();
			assertTrue(!syntax.isEmpty(), broken);
			for (Issue issue : syntax) {
				assertTrue(issue.getMessage().matches("(?s).*[\\u4e00-\\u9fff].*(应为|一行写一项|补上).*"),
						broken + ": " + issue.getMessage());
			}
		}
	}

	@Test
	void aHeadingNumberedWithACommaOrAFullStopIsTheHeading() throws Exception {
		assertEquals(List.of(), check("一、总体情况", "一,总体情况"));
		assertEquals(List.of(), check("一、总体情况", "一．总体情况"));
		assertEquals(List.of(), check("二、主动公开政府信息情况", "二.主动公开政府信息情况"));
	}

	@Test
	void aProseBlockLeftOpenIsOneErrorWhereItOpens() throws Exception {
		String text = SampleReports.V2021.substring(0, SampleReports.V2021.lastIndexOf("\"\"\"\n"));
		int opening = text.substring(0, text.lastIndexOf("\"\"\"")).split("\n", -1).length;
		assertEquals(List.of("ERROR " + opening + ":1 govreport.prose.unclosed 此处的 \"\"\" 没有结尾的 \"\"\"：其后直到文件末尾都被当作正文；请在正文结束处补上 \"\"\""),
				ValidatedText.rendered(parser, text));
	}
}
