package org.govreport.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.govreport.dsl.GovReportStandaloneSetup;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.model.Assembly;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.SourceLinesReader;

import com.google.inject.Injector;

/** Fuzz input through the language's own Xtext services, as the command line and the editor read it. */
final class FuzzedReports {
	/** Made once per JVM: the fuzzer calls a target millions of times. */
	private static final Injector INJECTOR = new GovReportStandaloneSetup().createInjectorAndDoEMFRegistration();

	private FuzzedReports() {
	}

	static XtextResource parse(String text) {
		var resource = (XtextResource) INJECTOR.getInstance(XtextResourceSet.class)
				.createResource(URI.createURI("fuzz:/测试镇-2020.govreport"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException("from memory, loading cannot fail", e);
		}
		return resource;
	}

	/**
	 * The findings as the validator reports them. A rule that throws becomes an internal-error finding
	 * instead of an exception (so that the user still sees the other findings); for the fuzzer it is a crash.
	 */
	static List<Issue> validate(XtextResource resource) {
		List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.ALL, CancelIndicator.NullImpl);
		for (Issue issue : issues) {
			if (IssueCodes.INTERNAL.equals(issue.getCode())) {
				throw new AssertionError(issue.getMessage());
			}
		}
		return issues;
	}

	static Assembly assemble(XtextResource resource) {
		var root = (org.govreport.dsl.govReport.Report) resource.getContents().get(0);
		return ReportAssembler.assemble(SourceLinesReader.read(root), "测试镇-2020.govreport");
	}
}
