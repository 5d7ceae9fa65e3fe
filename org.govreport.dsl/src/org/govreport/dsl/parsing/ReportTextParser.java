package org.govreport.dsl.parsing;

import java.io.StringReader;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.govreport.dsl.GovReportStandaloneSetup;

/**
 * The language's own parser for a text that is no resource (the formatter's input), found through the
 * registry the running language was set up in (command line, language server or workbench), so that
 * tools outside Guice read a report exactly as the checks do.
 */
public final class ReportTextParser {
	private static final URI ANY_REPORT = URI.createURI("any.govreport");

	private static volatile IParser parser;

	private ReportTextParser() {
	}

	public static IParseResult parse(String text) {
		return parser().parse(new StringReader(text));
	}

	private static IParser parser() {
		IParser found = parser;
		if (found == null) {
			synchronized (ReportTextParser.class) {
				if (parser == null) {
					parser = registeredParser();
				}
				found = parser;
			}
		}
		return found;
	}

	private static IParser registeredParser() {
		IResourceServiceProvider provider = IResourceServiceProvider.Registry.INSTANCE
				.getResourceServiceProvider(ANY_REPORT);
		if (provider == null) {
			GovReportStandaloneSetup.doSetup();
			provider = IResourceServiceProvider.Registry.INSTANCE.getResourceServiceProvider(ANY_REPORT);
		}
		return provider.get(IParser.class);
	}
}
