package org.govreport.dsl.tests;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.govreport.dsl.govReport.Report;

/**
 * A text through the real parser and the Xtext validation, as the command line and the editors see it,
 * its issues rendered one a line ({@code ERROR 3:5 code message}).
 */
public final class ValidatedText {

	private ValidatedText() {
	}

	public static List<Issue> issues(ParseHelper<Report> parser, String text) throws Exception {
		var resource = (XtextResource) parser.parse(text).eResource();
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	public static List<String> rendered(ParseHelper<Report> parser, String text) throws Exception {
		return issues(parser, text).stream().map(issue -> issue.getSeverity() + " " + issue.getLineNumber() + ":"
				+ issue.getColumn() + " " + issue.getCode() + " " + issue.getMessage()).toList();
	}
}
