package org.govreport.cli;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Xtext and EMF log through log4j 1, whose configuration file in the jar (Xtext's own) sends information
 * lines to standard output, among the lines scripts read, and is read through java.beans' introspection,
 * a good part of a short run's start-up. The commands set log4j up directly instead: warnings and errors,
 * to standard error.
 */
final class XtextLogging {
	private XtextLogging() {
	}

	static void toStandardError() {
		// before log4j's first use, so that it does not look for a configuration file of its own
		System.setProperty("log4j.defaultInitOverride", "true");
		ConsoleAppender appender = new ConsoleAppender(new PatternLayout("%p %c: %m%n"), ConsoleAppender.SYSTEM_ERR);
		// a threshold of its own, as a category configured earlier in the JVM may let information lines through
		appender.setThreshold(Level.WARN);
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		root.setLevel(Level.WARN);
		root.addAppender(appender);
	}
}
