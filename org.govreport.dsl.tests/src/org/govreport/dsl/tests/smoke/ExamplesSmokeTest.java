package org.govreport.dsl.tests.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.format.ReportFormatter;
import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.documents.Documents;
import org.govreport.dsl.model.Assembly;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.SourceLinesReader;
import org.govreport.dsl.rules.ReportChecker;
import org.govreport.dsl.tests.Examples;
import org.govreport.dsl.tests.GovReportInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Xtext-style smoke test: every example, damaged in every way {@link SourceVariants} knows, goes
 * through the parser, the Xtext validation, the rules and the formatter, and the variants that still
 * validate are rendered. Nothing may throw, no rule may fail (the checker turns a failing rule into an
 * internal-error finding, which would otherwise pass silently) and no variant may take long.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovReportInjectorProvider.class)
class ExamplesSmokeTest {
	/** Single-character removals and cut points per example: keeps the suite well under a minute. */
	private static final int SAMPLES = 150;
	/** A variant takes milliseconds; a second means a loop, not a slow machine. */
	private static final Duration TIME_BOX = Duration.ofSeconds(5);
	/** PDF and DOCX take far longer than the text formats, so only every n-th valid variant gets them. */
	private static final int SLOW_FORMATS_EVERY = 40;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private int valid;

	@Test
	void damagedExamplesNeitherThrowNorHang() throws Exception {
		var failures = new ArrayList<String>();
		int variants = 0;
		for (Path file : Examples.files()) {
			for (String variant : SourceVariants.of(Files.readString(file), SAMPLES)) {
				variants++;
				try {
					assertTimeoutPreemptively(TIME_BOX, () -> smoke(file.getFileName().toString(), variant));
				} catch (Throwable failure) {
					failures.add(file.getFileName() + ": " + failure + "\n--- variant ---\n" + variant);
				}
			}
		}
		assertEquals(List.of(), failures.stream().limit(3).toList(), failures.size() + " of " + variants + " variants failed");
		// the damage must leave some variants valid, or the renderers were never reached
		assertTrue(valid > variants / 10, valid + " of " + variants + " variants validated");
	}

	private void smoke(String name, String text) throws IOException {
		XtextResource resource = parse(name, text);
		List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.ALL, CancelIndicator.NullImpl);
		var root = (org.govreport.dsl.govReport.Report) resource.getContents().get(0);
		Assembly assembly = ReportAssembler.assemble(SourceLinesReader.read(root), name);
		List<Diagnostic> diagnostics = ReportChecker.check(assembly, null);
		for (Diagnostic diagnostic : diagnostics) {
			assertTrue(!diagnostic.code().equals(IssueCodes.INTERNAL), diagnostic.toString());
		}
		new ReportFormatter().format(text);
		boolean validates = resource.getErrors().isEmpty() && diagnostics.stream().noneMatch(Diagnostic::isError)
				&& issues.stream().noneMatch(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR);
		if (validates) {
			render(assembly, ++valid % SLOW_FORMATS_EVERY == 0);
		}
	}

	private XtextResource parse(String name, String text) throws IOException {
		var resource = (XtextResource) resourceSets.get().createResource(URI.createURI("smoke:/" + name));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		return resource;
	}

	private static void render(Assembly assembly, boolean slowFormatsToo) throws IOException {
		for (DocumentFormat format : Documents.IN_BUNDLE) {
			boolean slow = format == DocumentFormat.PDF || format == DocumentFormat.DOCX;
			if (!slow || slowFormatsToo) {
				var out = new ByteArrayOutputStream();
				Documents.renderer(format).render(assembly.report(), out);
				assertTrue(out.size() > 0, format.toString());
			}
		}
	}
}
