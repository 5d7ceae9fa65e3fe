package org.govreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.log4j.Logger;
import org.govreport.dsl.GovReportStandaloneSetup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whichever thread sets Xtext's logging up: the injector's for check and build, the main one otherwise. */
class XtextLoggingTest {

	@ParameterizedTest
	@ValueSource(strings = { "check", "build", "format" })
	void xtextsInformationLinesStayOffBothStreamsAndItsWarningsGoToStandardError(String command) {
		// Xtext's own configuration may already be loaded in this JVM, as it is when a test made an injector first
		new GovReportStandaloneSetup().createInjectorAndDoEMFRegistration();
		PrintStream out = System.out;
		PrintStream err = System.err;
		var stdout = new ByteArrayOutputStream();
		var stderr = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
			LanguageStartup.startFor(command, "examples");
			LanguageStartup.validator();
			Logger xtext = Logger.getLogger("org.eclipse.xtext.resource.XtextResource");
			xtext.info("an information line");
			xtext.warn("a warning");
		} finally {
			System.setOut(out);
			System.setErr(err);
			XtextLogging.toStandardError();
		}
		assertEquals("", stdout.toString(StandardCharsets.UTF_8));
		String warned = stderr.toString(StandardCharsets.UTF_8);
		assertTrue(warned.contains("a warning") && !warned.contains("an information line"), warned);
	}
}
