package org.govreport.cli;

/** Exit codes, as CI scripts read them. */
final class ExitCodes {
	static final int CLEAN = 0;
	static final int PROBLEMS = 1;
	static final int USAGE = 2;

	private ExitCodes() {
	}
}
