package org.govreport.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.tests.Examples;
import org.govreport.dsl.tests.GovReportInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Windows, old Mac and cut-off line ends are all line ends. A file ending in a lone carriage return
 * once made the validator throw inside Xtext and report nothing, so that an unbalanced report checked clean.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovReportInjectorProvider.class)
class LineEndsTest {

	@Inject
	private ParseHelper<Report> parser;

	@Test
	void theSameFindingsWhateverTheLineEnds() throws Exception {
		var text = Files.readString(Examples.files().get(2));
		var broken = text.replaceFirst("\\| 0 \\|", "| 1 |");
		List<String> expected = codes(broken);
		assertEquals(false, expected.isEmpty(), "the edit must break a rule");
		assertEquals(expected, codes(broken.replace("\n", "\r\n")));
		assertEquals(expected, codes(broken.replace("\n", "\r")));
		assertEquals(expected, codes(broken.stripTrailing() + "\r"));
	}

	private List<String> codes(String text) throws Exception {
		var resource = (XtextResource) parser.parse(text).eResource();
		return resource.getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.map(issue -> issue.getCode() + "@" + issue.getLineNumber()).toList();
	}
}
