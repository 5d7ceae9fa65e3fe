package org.govreport.headless;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.govreport.dsl.GovReportStandaloneSetup;

import com.google.inject.Injector;

/**
 * Parses and validates report files with the language's own Xtext services, the same ones the editor
 * uses; last year's report is found beside each file by the validator itself. One instance checks any
 * number of files, from any number of threads at once (each file is read into a resource set of its own):
 * the injector, the expensive part, is made once, on first use, unless a program that already has the
 * language (the language server) hands its own in.
 */
public final class ReportValidator {

	private Injector injector;

	/** Makes the language's injector, and registers the language with EMF, when first needed. */
	public ReportValidator() {
	}

	/**
	 * Uses a language injector the caller made and registered: a second one would cost its set-up again
	 * (about a second) and register another copy of the language in EMF's global registries.
	 */
	public ReportValidator(Injector language) {
		this.injector = language;
	}

	public CheckedReport check(Path file) throws IOException {
		return check(file, load(file));
	}

	/** Checks a report already loaded with {@link #load(Path)}. */
	public CheckedReport check(Path file, XtextResource resource) {
		IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
		List<Finding> findings = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.map(issue -> Finding.of(file, issue)).toList();
		return new CheckedReport(file, findings);
	}

	/** @throws IOException naming the file (and where, when it is not UTF-8), when it cannot be read */
	public XtextResource load(Path file) throws IOException {
		return load(file, ReportText.read(file));
	}

	/** Checks a text as if it were the file's content, e.g. a report before it is written. */
	public CheckedReport check(Path file, String text) throws IOException {
		return check(file, load(file, text));
	}

	private XtextResource load(Path file, String text) throws IOException {
		XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
		// A file URI, so that the cross-year check can look for last year's report in the same folder.
		XtextResource resource = (XtextResource) resourceSet
				.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		resource.load(new ByteArrayInputStream(bytes), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		return resource;
	}

	private synchronized Injector injector() {
		if (injector == null) {
			injector = new GovReportStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
