package org.govreport.dsl.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
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
 * A file of junk gets its first 200 findings and one more that counts the rest, for the command line,
 * the language server and the editor alike (they all validate through the resource validator); it used to
 * get one finding a line, a million for a 2 MiB file.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovReportInjectorProvider.class)
class FindingsCapTest {

	@Inject
	private ParseHelper<Report> parser;

	@Test
	void strayTableLinesGiveTwoHundredFindingsAndACount() throws Exception {
		List<Issue> issues = ValidatedText.issues(parser, "|\n".repeat(50_000));
		assertEquals(201, issues.size());
		Issue more = issues.get(200);
		assertEquals("govreport.findings.more", more.getCode());
		assertEquals(Severity.ERROR, more.getSeverity());
		// 50,000 stray lines + 2 missing header fields + 6 missing sections - the 200 shown
		assertEquals("… 另有 49808 处问题未列出（每个文件最多列出 200 处）", more.getMessage());
	}

	@Test
	void syntaxErrorsAreCappedToo() throws Exception {
		List<Issue> issues = ValidatedText.issues(parser, SampleReports.V2021 + "机关：-\n".repeat(1_000));
		assertEquals(201, issues.size());
		assertEquals("govreport.findings.more", issues.get(200).getCode());
	}

	@Test
	void aReportWithFewFindingsGetsThemAll() throws Exception {
		assertEquals(List.of(), ValidatedText.rendered(parser, SampleReports.V2021));
	}
}
