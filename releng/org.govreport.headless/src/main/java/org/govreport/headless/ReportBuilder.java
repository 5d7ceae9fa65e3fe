package org.govreport.headless;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.generator.DocumentWriter;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.SourceLinesReader;

/**
 * Builds the documents of reports that validate: each file is parsed once, checked (with last year's
 * report), and only then written in the asked formats, all at once and atomically by
 * {@link DocumentWriter}. A report with errors is refused unless forced.
 */
public final class ReportBuilder {
	private final ReportValidator validator = new ReportValidator();
	private final DocumentWriter writer = new DocumentWriter();

	/** @throws IOException naming the file, when it cannot be read or a document cannot be written */
	public BuiltReport build(Path file, List<DocumentFormat> formats, Path folder, boolean force) throws IOException {
		XtextResource resource = validator.load(file);
		CheckedReport checked = validator.check(file, resource);
		if (checked.hasErrors() && !force || resource.getContents().isEmpty()) {
			return new BuiltReport(checked, List.of());
		}
		var parsed = (org.govreport.dsl.govReport.Report) resource.getContents().get(0);
		var report = ReportAssembler.assemble(SourceLinesReader.read(parsed), file.getFileName().toString()).report();
		try {
			return new BuiltReport(checked, writer.write(report, formats, folder));
		} catch (IOException e) {
			throw new IOException(file + ": cannot write its documents to " + folder + ": " + e.getMessage(), e);
		}
	}

	/** A report and the documents written for it; none when it was refused for its errors. */
	public record BuiltReport(CheckedReport checked, List<Path> written) {
		public boolean refused() {
			return written.isEmpty();
		}
	}
}
