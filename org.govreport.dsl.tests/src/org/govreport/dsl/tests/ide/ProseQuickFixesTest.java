package org.govreport.dsl.tests.ide;

import static org.govreport.dsl.tests.ide.IdeServicesTesting.FILE;
import static org.govreport.dsl.tests.ide.IdeServicesTesting.apply;
import static org.govreport.dsl.tests.ide.IdeServicesTesting.fixesFor;
import static org.govreport.dsl.tests.ide.IdeServicesTesting.services;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.govreport.dsl.ide.codeactions.QuickFix;
import org.junit.jupiter.api.Test;

/** The fixes for prose slips, and the colour of a sub-heading, as the editor and the language server get them. */
class ProseQuickFixesTest {
	private static final String CLEAN = """
			机关：江城镇
			年度：2021
			一、总体情况
			\"""
			本年共主动公开政府信息120条。
			\"""
			""";

	@Test
	void aBareLineIsPutBetweenQuotes() {
		var text = CLEAN.replace("\"\"\"\n本年共主动公开政府信息120条。\n\"\"\"\n", "本年共主动公开政府信息120条。\n");
		var fixes = fixesFor(text, "govreport.prose.unquoted");
		assertEquals("放入 \"\"\" 之间", fixes.stream().map(QuickFix::title).collect(Collectors.joining("\n")));
		assertEquals(CLEAN.replace("\"\"\"\n本年共主动公开政府信息120条。\n\"\"\"\n", "\"\"\"本年共主动公开政府信息120条。\"\"\"\n"),
				apply(text, fixes.get(0)));
	}

	@Test
	void aParagraphBrokenOverTwoLinesIsJoined() {
		var text = CLEAN.replace("本年共主动公开政府信息120条。", "本年共主动公开\n  政府信息120条。");
		var fixes = fixesFor(text, "govreport.prose.lineBreak");
		assertEquals("合并为一段", fixes.stream().map(QuickFix::title).collect(Collectors.joining("\n")));
		assertEquals(CLEAN, apply(text, fixes.get(0)));
	}

	@Test
	void latinWordsKeepASpaceWhenJoined() {
		var text = CLEAN.replace("本年共主动公开政府信息120条。", "网站 www\nexample 已上线。");
		assertEquals(CLEAN.replace("本年共主动公开政府信息120条。", "网站 www example 已上线。"),
				apply(text, fixesFor(text, "govreport.prose.lineBreak").get(0)));
	}

	@Test
	void aSubHeadingHasAColourOfItsOwn() {
		var text = CLEAN.replace("一、总体情况\n", "一、总体情况\n（一）主动公开\n");
		assertEquals("section 一、总体情况\nsubHeading （一）主动公开", services().highlighting(FILE, text).stream()
				.filter(span -> span.style().id().startsWith("s"))
				.map(span -> span.style().id() + " " + text.substring(span.offset(), span.offset() + span.length()))
				.collect(Collectors.joining("\n")));
	}
}
