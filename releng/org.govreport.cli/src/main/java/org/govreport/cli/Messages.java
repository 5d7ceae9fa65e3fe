package org.govreport.cli;

import java.nio.file.Path;

import org.govreport.headless.TerminalText;

/** The lines the commands print about files, with the names made safe for a terminal. */
final class Messages {

	private Messages() {
	}

	/** "govreport: 〈what went wrong〉", one line whatever the message holds. */
	static String failure(Exception e) {
		return "govreport: " + TerminalText.escape(String.valueOf(e.getMessage()));
	}

	static String name(Path file) {
		return TerminalText.of(file);
	}
}
