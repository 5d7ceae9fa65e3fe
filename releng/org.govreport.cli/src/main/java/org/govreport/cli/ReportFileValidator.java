package org.govreport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.govreport.dsl.GovReportStandaloneSetup;

import com.google.inject.Injector;

/** Parses and validates report files with the language's own Xtext services. */
final class ReportFileValidator {

	private final Injector injector = new GovReportStandaloneSetup().createInjectorAndDoEMFRegistration();

	List<Issue> validate(Path file) throws IOException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet
				.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		}
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}
}
