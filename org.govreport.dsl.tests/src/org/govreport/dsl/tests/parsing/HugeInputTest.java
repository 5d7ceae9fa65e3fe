package org.govreport.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.time.Duration;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.tests.Examples;
import org.govreport.dsl.tests.GovReportInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The editor and the language server get no size limit (the command line refuses files over 2 MiB),
 * so a line of ten million characters must still parse and check in bounded time. They took 3.1 s
 * and 1.0 s on the project's loaded 2-core machine; the bound leaves room for a slower CI machine.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovReportInjectorProvider.class)
class HugeInputTest {
	private static final String TEN_MILLION = "长".repeat(10_000_000);
	private static final Duration BOUND = Duration.ofSeconds(30);

	@Inject
	private ParseHelper<Report> parser;

	@Test
	void aTenMillionCharacterHeadingLine() throws Exception {
		checkWithin(example() + TEN_MILLION + "\n");
	}

	@Test
	void aTenMillionCharacterProseBlock() throws Exception {
		checkWithin(example() + "\"\"\"\n" + TEN_MILLION + "\n\"\"\"\n");
	}

	private void checkWithin(String text) {
		assertTimeoutPreemptively(BOUND, () -> {
			var resource = (XtextResource) parser.parse(text).eResource();
			var issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource,
					CheckMode.ALL, CancelIndicator.NullImpl);
			assertFalse(issues.stream().anyMatch(issue -> IssueCodes.INTERNAL.equals(issue.getCode())), issues.toString());
		});
	}

	private static String example() throws Exception {
		return Files.readString(Examples.files().get(0));
	}
}
