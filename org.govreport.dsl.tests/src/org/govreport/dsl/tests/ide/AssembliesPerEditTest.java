package org.govreport.dsl.tests.ide;

import static org.govreport.dsl.tests.ide.IdeServicesTesting.FILE;
import static org.govreport.dsl.tests.ide.IdeServicesTesting.services;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.govreport.dsl.validation.AssembledReports;
import org.junit.jupiter.api.Test;

/** The editor reads a report once per change: every feature it asks for shares that one assembly. */
class AssembliesPerEditTest {
	private static final String TEXT = """
			机关：一次镇
			年度：2021
			四、政府信息公开行政复议、行政诉讼情况
			| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
			行政复议 | 5 | 7 | 0 | 1 | 12
			""";

	/** What the Eclipse editor asks after a keystroke: problems, colours, outline, folding, hover, completion, fixes. */
	private static void everyFeature(String text) {
		var problems = services().validate(FILE, text);
		services().highlighting(FILE, text);
		services().outline(FILE, text);
		services().folding(FILE, text);
		services().hover(FILE, text, text.indexOf("| 1"));
		services().complete(FILE, text, text.indexOf("行政复议"));
		services().assists(FILE, text, text.indexOf("行政复议"));
		problems.forEach(problem -> services().quickFixes(FILE, text, problem));
	}

	@Test
	void eachEditIsAssembledOnce() {
		int before = AssembledReports.assemblies();
		everyFeature(TEXT);
		assertEquals(1, AssembledReports.assemblies() - before, "assemblies for the first text");
		everyFeature(TEXT.replace("| 12", "| 13"));
		assertEquals(2, AssembledReports.assemblies() - before, "assemblies after one edit");
	}
}
