package org.govreport.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.parsing.source.SourceLine;
import org.govreport.dsl.parsing.SourceLinesReader;

import com.google.inject.Injector;

/**
 * Report text read as the language reads it: the Xtext parser, then {@link SourceLinesReader}. Tests of
 * the model and the rules start from here, so they cannot pass on a reading the real parser would not make.
 */
public final class ParsedLines {
	private static Injector injector;

	private ParsedLines() {
	}

	public static List<SourceLine> of(String text) {
		var resource = resource(text);
		return resource.getContents().isEmpty() ? List.of() : SourceLinesReader.read((Report) resource.getContents().get(0));
	}

	private static synchronized XtextResource resource(String text) {
		if (injector == null) {
			injector = new GovReportInjectorProvider().getInjector();
		}
		var resource = (XtextResource) injector.getInstance(IResourceFactory.class).createResource(URI.createURI("inmemory:/"
				+ ReportTesting.FILE));
		injector.getInstance(XtextResourceSet.class).getResources().add(resource);
		try {
			resource.load(new LazyStringInputStream(text, "UTF-8"), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}
}
