package org.govreport.dsl.importer;

/** A source the importer cannot read at all; the message says why, and nothing is written. */
public class ImportException extends Exception {
	private static final long serialVersionUID = 1L;

	public ImportException(String message) {
		super(message);
	}

	public ImportException(String message, Throwable cause) {
		super(message, cause);
	}
}
