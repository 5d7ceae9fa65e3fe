package org.govreport.cli;

import java.io.IOException;

/** The paths given name no report at all: most likely a wrong folder, so a usage error, not a clean run. */
class NoReportsException extends IOException {
	private static final long serialVersionUID = 1L;

	NoReportsException(String message) {
		super(message);
	}
}
