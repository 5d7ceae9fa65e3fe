package org.govreport.dsl.tests.ide;

import static org.govreport.dsl.tests.ide.IdeServicesTesting.services;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;

import org.eclipse.emf.common.util.URI;
import org.govreport.dsl.tests.Examples;
import org.junit.jupiter.api.Test;

/** A cell tied to last year's report by R9 says so in its hover, instead of taking part in nothing. */
class CrossYearHoverTest {
	private static final URI FILE = URI.createURI("inmemory:/江城镇-2020.govreport");

	@Test
	void lastYearsItemsNameRuleR9() throws IOException {
		var text = example();
		int cell = text.indexOf("行政许可 | 440") + "行政许可 | ".length();
		assertEquals("""
				**行政许可 上一年项目数量**：440

				R9：上一年项目数量 = 上一年的 上一年项目数量 + 上一年的 本年增/减（跨年度，与上一年的报告核对）""",
				services().hover(FILE, text, cell + 1).orElseThrow().markdown());
	}

	@Test
	void aCellInNoRuleStillSaysSo() throws IOException {
		var text = example();
		int cell = text.indexOf("政府集中采购 | 2") + "政府集中采购 | ".length();
		assertEquals("""
				**政府集中采购 采购项目数量**：2

				不参与勾稽关系""", services().hover(FILE, text, cell).orElseThrow().markdown());
	}

	private static String example() throws IOException {
		return Files.readString(Examples.files().stream().filter(path -> path.endsWith("江城镇-2020.govreport")).findFirst()
				.orElseThrow());
	}
}
