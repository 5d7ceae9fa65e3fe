package org.govreport.headless;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.documents.ofd.OfdRenderer;
import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.generator.DocumentRenderer;
import org.govreport.dsl.generator.Documents;
import org.govreport.dsl.generator.DocumentWriter;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.SourceLinesReader;

/**
 * Builds the documents of reports that validate: each file is parsed once, checked (with last year's
 * report), and only then written in the asked formats, all at once and atomically by
 * {@link DocumentWriter}. A report with errors is refused unless forced; so is a report whose documents
 * would take the names of another's built in the same run (documents are named after organ and year).
 */
public final class ReportBuilder {
	private final ReportValidator validator = new ReportValidator();
	private final DocumentWriter writer = new DocumentWriter(ReportBuilder::renderer);
	private final Map<Path, Path> sourceOfDocument = new HashMap<>();

	/**
	 * @throws DocumentsNotWritten naming the file, when its documents could not be written (none of them
	 *         was replaced then)
	 * @throws IOException naming the file, when it cannot be read
	 */
	public BuiltReport build(Path file, List<DocumentFormat> formats, Path folder, boolean force) throws IOException {
		XtextResource resource = validator.load(file);
		CheckedReport checked = validator.check(file, resource).withoutInformation();
		if (checked.hasErrors() && !force || resource.getContents().isEmpty()) {
			return new BuiltReport(checked, List.of(), null);
		}
		var parsed = (org.govreport.dsl.govReport.Report) resource.getContents().get(0);
		Report report = ReportAssembler.assemble(SourceLinesReader.read(parsed), file.getFileName().toString()).report();
		if (formats.contains(DocumentFormat.PDF) || formats.contains(DocumentFormat.OFD)) {
			checked = UnprintableFindings.add(checked, report, resource.getParseResult().getRootNode().getText());
		}
		for (DocumentFormat format : formats) {
			Path earlier = sourceOfDocument.get(DocumentWriter.target(report, format, folder).toAbsolutePath());
			if (earlier != null) {
				return new BuiltReport(checked, List.of(), earlier);
			}
		}
		List<Path> written;
		try {
			written = writer.write(report, formats, folder);
		} catch (IOException e) {
			throw new DocumentsNotWritten(file + ": cannot write its documents to " + folder + ": " + e.getMessage()
					+ " (none of them was replaced)", e);
		}
		written.forEach(document -> sourceOfDocument.put(document.toAbsolutePath(), file));
		return new BuiltReport(checked, written, null);
	}

	/** Every format of the language bundle, and OFD, whose library is no OSGi bundle. */
	public static DocumentRenderer renderer(DocumentFormat format) {
		return format == DocumentFormat.OFD ? new OfdRenderer() : Documents.renderer(format);
	}

	/**
	 * A report and the documents written for it; none when it was refused, for its errors or because
	 * {@code sameNamesAs}, built earlier in the run, has the same organ and year.
	 */
	public record BuiltReport(CheckedReport checked, List<Path> written, Path sameNamesAs) {
		public boolean refused() {
			return written.isEmpty();
		}

		/** Why nothing was written, in words; null when the report was built. */
		public String refusal() {
			if (!refused()) {
				return null;
			}
			return sameNamesAs != null
					? checked.file() + ": not built: its documents would replace those of " + sameNamesAs
							+ " (same organ and year)"
					: checked.file() + " has errors: not built";
		}
	}

	/** The report was read and checked, but writing its documents failed. */
	public static final class DocumentsNotWritten extends IOException {
		private static final long serialVersionUID = 1L;

		DocumentsNotWritten(String message, IOException cause) {
			super(message, cause);
		}
	}
}
