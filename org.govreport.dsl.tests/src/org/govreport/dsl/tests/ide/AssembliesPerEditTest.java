package org.govreport.dsl.tests.ide;

import static org.govreport.dsl.tests.ide.IdeServicesTesting.FILE;
import static org.govreport.dsl.tests.ide.IdeServicesTesting.services;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.govreport.dsl.validation.AssembledReports;
import org.junit.jupiter.api.Test;

/** The editor reads a report once per change: every feature it asks for shares that one assembly. */
class AssembliesPerEditTest {
	private static final String ROW = "行政复议 | 5 | 7 | 0 | 1 |";

	/** A whole report of an organ no other test uses, so no other test has parsed this text. */
	private static final String TEXT = services().skeleton("一次镇", 2021, "2021-30", "乡镇")
			.replaceFirst("(?m)^行政复议\\s*\\|.*$", ROW + " 12");

	/** What the Eclipse editor asks after a keystroke: problems, colours, outline, folding, hover, completion, fixes. */
	private static void everyFeature(String text) {
		var problems = services().validate(FILE, text);
		services().highlighting(FILE, text);
		services().outline(FILE, text);
		services().folding(FILE, text);
		int total = text.indexOf(ROW) + ROW.length() + 1;
		services().hover(FILE, text, total);
		services().complete(FILE, text, total);
		services().assists(FILE, text, total);
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
