package org.govreport.fuzz;

import java.nio.charset.StandardCharsets;

import org.govreport.dsl.format.ReportFormatter;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any text, however broken, is parsed, checked and formatted without an exception. */
class ParserFuzzTest {

	@FuzzTest(maxDuration = "10m")
	void parseAndValidate(byte[] input) {
		String text = new String(input, StandardCharsets.UTF_8);
		FuzzedReports.validate(FuzzedReports.parse(text));
		new ReportFormatter().format(text);
	}
}
