package org.govreport.dsl.generator;

/**
 * POI logs through the Log4j API, and so does PDFBox (commons-logging hands over to the Log4j API when it
 * is present); without a Log4j implementation the API prints an error on first use. Its simple logger
 * (errors only, to stderr) is enough, unless the application chose otherwise.
 */
public final class LibraryLogging {
	private static final String LOG4J_CONTEXT_FACTORY = "log4j2.loggerContextFactory";

	private LibraryLogging() {
	}

	/** Call before the libraries first log, e.g. from a renderer's static initialiser. */
	public static void quiet() {
		if (System.getProperty(LOG4J_CONTEXT_FACTORY) == null) {
			System.setProperty(LOG4J_CONTEXT_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		}
	}
}
