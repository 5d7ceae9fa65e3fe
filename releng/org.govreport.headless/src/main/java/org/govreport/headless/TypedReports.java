package org.govreport.headless;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.SourceLinesReader;

/**
 * Report files read into the typed model and checked, for the tools that work on many reports at once
 * (sum, table, diff): each file is parsed once for both.
 */
public final class TypedReports {
	private final ReportValidator validator = new ReportValidator();

	/** A report file, what checking it found, and its typed model (named by the path as given). */
	public record TypedReport(Path file, CheckedReport checked, Report report) {
		public int errors() {
			return (int) checked.findings().stream().filter(Finding::isError).count();
		}

		public int warnings() {
			return checked.findings().size() - errors();
		}
	}

	/** @throws IOException naming the file, when it cannot be read or holds no report at all */
	public TypedReport read(Path file) throws IOException {
		XtextResource resource = validator.load(file);
		CheckedReport checked = validator.check(file, resource).withoutInformation();
		if (resource.getContents().isEmpty()) {
			throw new IOException(file + ": not a report (nothing could be read from it)");
		}
		var parsed = (org.govreport.dsl.govReport.Report) resource.getContents().get(0);
		Report report = ReportAssembler.assemble(SourceLinesReader.read(parsed), file.toString()).report();
		return new TypedReport(file, checked, report);
	}
}
