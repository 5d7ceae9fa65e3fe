package org.govreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.govreport.headless.CheckedReport;
import org.govreport.headless.ExampleReports;
import org.govreport.headless.ReportValidator;
import org.junit.jupiter.api.Test;

class LanguageStartupTest {

	@Test
	void aValidatorOnTheInjectorStartedEarlyFindsWhatAnyOtherFinds() throws IOException {
		LanguageStartup.startFor("check", "examples");
		for (Path report : ExampleReports.FORM_2019_60) {
			CheckedReport early = LanguageStartup.validator().check(report);
			assertEquals(new ReportValidator().check(report), early, report::toString);
		}
	}
}
