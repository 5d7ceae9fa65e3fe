package org.govreport.dsl.tests.ide;

import static org.govreport.dsl.tests.ide.IdeServicesTesting.cursor;
import static org.govreport.dsl.tests.ide.IdeServicesTesting.services;
import static org.govreport.dsl.tests.ide.IdeServicesTesting.withoutCursor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.govreport.dsl.ide.editing.EditorCompletion;
import org.junit.jupiter.api.Test;

/**
 * Completion renders as one line a proposal: {@code label → "text" @offset+length} (what it replaces),
 * multi-line texts shown by their first line. Values in cells and header fields: {@link ValueCompletionTest}.
 */
class ContentAssistTest {

	static void expectCompletions(String source, String expected) {
		expectCompletions(IdeServicesTesting.FILE, source, expected);
	}

	static void expectCompletions(URI file, String source, String expected) {
		var text = withoutCursor(source);
		var offset = cursor(source);
		var rendered = services().complete(file, text, offset).stream().map(ContentAssistTest::render)
				.collect(Collectors.joining("\n"));
		assertEquals(expected, rendered);
	}

	private static String render(EditorCompletion completion) {
		var firstLine = completion.text().lines().findFirst().orElse("");
		var more = completion.text().contains("\n") ? " …(" + completion.text().lines().count() + " 行)" : "";
		return completion.label() + " → \"" + firstLine + more + "\" @" + completion.replaceOffset() + "+" + completion.replaceLength();
	}

	@Test
	void rowsNotYetWrittenOfTheTableAtTheCursor() {
		expectCompletions("""
				年度：2021
				二、主动公开政府信息情况
				第二十条第（六）项 | 本年处理决定数量
				行政处罚 | 3
				‸
				""", """
				行政强制 → "行政强制 | " @51+0
				整张表：第二十条第（一）项 → "第二十条第（一）项 | 本年制发件数 | 本年废止件数 | 现行有效件数 …(3 行)" @51+0
				整张表：第二十条第（五）项 → "第二十条第（五）项 | 本年处理决定数量 …(2 行)" @51+0
				整张表：第二十条第（八）项 → "第二十条第（八）项 | 本年收费金额（单位：万元） …(2 行)" @51+0
				一、总体情况 → "一、总体情况 …(4 行)" @51+0
				三、收到和处理政府信息公开申请情况 → "三、收到和处理政府信息公开申请情况 …(27 行)" @51+0
				四、政府信息公开行政复议、行政诉讼情况 → "四、政府信息公开行政复议、行政诉讼情况 …(5 行)" @51+0
				五、存在的主要问题及改进情况 → "五、存在的主要问题及改进情况 …(4 行)" @51+0
				六、其他需要报告的事项 → "六、其他需要报告的事项 …(4 行)" @51+0""");
	}

	@Test
	void aTypedPieceOfALabelFindsTheRowAnywhereInIt() {
		expectCompletions("""
				年度：2021
				三、收到和处理政府信息公开申请情况
				国家秘‸
				""", """
				（三）不予公开 1.属于国家秘密 → "（三）不予公开 1.属于国家秘密 | " @26+3""");
	}

	@Test
	void columnsNotYetNamedInAHeaderLine() {
		expectCompletions("""
				年度：2021
				四、政府信息公开行政复议、行政诉讼情况
				| 结果维持 | 结果纠正 | ‸
				""", """
				其他结果 → " 其他结果" @43+1
				尚未审结 → " 尚未审结" @43+1
				总计 → " 总计" @43+1""");
	}

	@Test
	void aTotalIsOfferedItsComputedValue() {
		expectCompletions("""
				年度：2021
				四、政府信息公开行政复议、行政诉讼情况
				| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
				行政复议 | 5 | 7 | 0 | 1 | ‸
				""", """
				5 + 7 + 0 + 1 = 13 → " 13" @83+1
				0 → " 0" @83+1""");
	}

	@Test
	void aFileWithoutSectionsIsOfferedTheHeaderFieldsNotWrittenAndTheWholeReport() {
		expectCompletions("""
				机关：江城镇
				年度：2021
				‸""", """
				格式 → "格式：" @15+0
				层级 → "层级：" @15+0
				上年报告 → "上年报告：" @15+0
				一、总体情况 → "一、总体情况 …(4 行)" @15+0
				二、主动公开政府信息情况 → "二、主动公开政府信息情况 …(11 行)" @15+0
				三、收到和处理政府信息公开申请情况 → "三、收到和处理政府信息公开申请情况 …(27 行)" @15+0
				四、政府信息公开行政复议、行政诉讼情况 → "四、政府信息公开行政复议、行政诉讼情况 …(5 行)" @15+0
				五、存在的主要问题及改进情况 → "五、存在的主要问题及改进情况 …(4 行)" @15+0
				六、其他需要报告的事项 → "六、其他需要报告的事项 …(4 行)" @15+0
				整篇报告：六个部分（2021-30） → "一、总体情况 …(55 行)" @15+0""");
	}
}
