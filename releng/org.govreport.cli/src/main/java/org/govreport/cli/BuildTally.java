package org.govreport.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.govreport.headless.ReportBuilder.BuiltReport;
import org.govreport.headless.ReportBuilder.DocumentsNotWritten;

/** What a build run did, for its summary line and exit status. */
final class BuildTally {
	private int reports;
	private int built;
	private int documents;
	private boolean notWritten;
	private boolean unreadable;

	void add(BuiltReport report) {
		reports++;
		if (!report.refused()) {
			built++;
			documents += report.written().size();
		}
	}

	void failed(IOException e) {
		reports++;
		if (e instanceof DocumentsNotWritten) {
			notWritten = true;
		} else {
			unreadable = true;
		}
	}

	String summary(Path output) {
		return "built " + built + " of " + reports + " reports: " + documents + " documents in " + Messages.name(output);
	}

	/** 2 when a report could not be read (as check), else 1 when one was refused or not written. */
	int exitCode() {
		if (unreadable) {
			return ExitCodes.USAGE;
		}
		return notWritten || built < reports ? ExitCodes.PROBLEMS : ExitCodes.CLEAN;
	}
}
