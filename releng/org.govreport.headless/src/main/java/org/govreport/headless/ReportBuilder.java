package org.govreport.headless;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.documents.ofd.OfdRenderer;
import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.generator.DocumentRenderer;
import org.govreport.documents.Documents;
import org.govreport.dsl.generator.DocumentWriter;
import org.govreport.documents.RendererWarmUp;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.SourceLinesReader;

/**
 * Builds the documents of reports that validate: each file is parsed once, checked (with last year's
 * report), and only then written in the asked formats, all at once and atomically by
 * {@link DocumentWriter}. A report with errors is refused unless forced; so is a report whose documents
 * would take the names of another's built in the same run (documents are named after organ and year).
 * <p>
 * A build is three steps, so that a run can do the two expensive ones on several threads:
 * {@link #prepare} (read, check, assemble) and {@link #write} may run on any thread, while
 * {@link #earlierSource}, the clash of names, depends on the reports before and is asked in run order.
 */
public final class ReportBuilder {
	private final ReportValidator validator;
	private final DocumentWriter writer = new DocumentWriter(ReportBuilder::renderer);
	private final Map<Path, Path> sourceOfDocument = new ConcurrentHashMap<>();
	/** Null: each report's formats are rendered one after the other, by the thread that writes them. */
	private final FormatsAtOnce formatsAtOnce;
	private final AtomicBoolean warmingUp = new AtomicBoolean();

	public ReportBuilder() {
		this(1);
	}

	/** @param renderers how many of a report's formats are rendered at once */
	public ReportBuilder(int renderers) {
		this(renderers, new ReportValidator());
	}

	/** @param validator one whose language injector the caller shares (see {@link ReportValidator}) */
	public ReportBuilder(int renderers, ReportValidator validator) {
		this.formatsAtOnce = renderers > 1 ? new FormatsAtOnce(renderers) : null;
		this.validator = validator;
	}

	/**
	 * Tells the builder that its caller started the renderers' warm-up itself (before the language was set
	 * up), so that the first report does not start another.
	 */
	public ReportBuilder warmUpStarted() {
		warmingUp.set(true);
		return this;
	}

	/**
	 * @throws DocumentsNotWritten naming the file, when its documents could not be written (none of them
	 *         was replaced then)
	 * @throws IOException naming the file, when it cannot be read
	 */
	public BuiltReport build(Path file, List<DocumentFormat> formats, Path folder, boolean force) throws IOException {
		Prepared prepared = prepare(file, formats, folder, force);
		Path earlier = earlierSource(prepared);
		return earlier != null ? prepared.notBuilt(earlier) : write(prepared);
	}

	/** Reads and checks a report and, unless it is refused for its errors, assembles its typed model. */
	public Prepared prepare(Path file, List<DocumentFormat> formats, Path folder, boolean force) throws IOException {
		if (warmingUp.compareAndSet(false, true)) {
			// the renderers' first use overlaps reading and checking the first report
			RendererWarmUp.start(formats);
		}
		XtextResource resource = validator.load(file);
		CheckedReport checked = validator.check(file, resource).withoutInformation();
		if (checked.hasErrors() && !force || resource.getContents().isEmpty()) {
			return new Prepared(checked, null, formats, folder);
		}
		var parsed = (org.govreport.dsl.govReport.Report) resource.getContents().get(0);
		Report report = ReportAssembler.assemble(SourceLinesReader.read(parsed), file.getFileName().toString()).report();
		if (formats.contains(DocumentFormat.PDF) || formats.contains(DocumentFormat.OFD)) {
			checked = UnprintableFindings.add(checked, report, resource.getParseResult().getRootNode().getText());
		}
		return new Prepared(checked, report, formats, folder);
	}

	/**
	 * The report built earlier in this run whose documents took the names this one's would take, or null.
	 * Only documents already written count: ask after the earlier reports' {@link #write} have returned.
	 */
	public Path earlierSource(Prepared prepared) {
		for (Path target : prepared.targets()) {
			Path earlier = sourceOfDocument.get(target);
			if (earlier != null) {
				return earlier;
			}
		}
		return null;
	}

	/**
	 * Writes a prepared report's documents (nothing for one refused for its errors).
	 *
	 * @throws DocumentsNotWritten naming the file, when they could not be written (none was replaced then)
	 */
	public BuiltReport write(Prepared prepared) throws DocumentsNotWritten {
		if (prepared.refused()) {
			return prepared.notBuilt(null);
		}
		Path file = prepared.checked().file();
		List<Path> written;
		try {
			DocumentWriter documents = formatsAtOnce == null || prepared.formats().size() == 1 ? writer
					: new DocumentWriter(formatsAtOnce.start(prepared.report(), prepared.formats(), ReportBuilder::renderer));
			written = documents.write(prepared.report(), prepared.formats(), prepared.folder());
		} catch (IOException e) {
			throw new DocumentsNotWritten(file + ": cannot write its documents to " + prepared.folder() + ": "
					+ e.getMessage() + " (none of them was replaced)", e);
		}
		written.forEach(document -> sourceOfDocument.put(document.toAbsolutePath(), file));
		return new BuiltReport(prepared.checked(), written, null);
	}

	/**
	 * A report read and checked, and its typed model; the model is null when it is refused for its errors
	 * (or holds nothing). Held only until its documents are written, so that a run of many reports keeps
	 * few models at a time.
	 */
	public record Prepared(CheckedReport checked, Report report, List<DocumentFormat> formats, Path folder) {
		public boolean refused() {
			return report == null;
		}

		/** The absolute paths its documents would be written to; none when it is refused. */
		public List<Path> targets() {
			return refused() ? List.of()
					: formats.stream().map(format -> DocumentWriter.target(report, format, folder).toAbsolutePath()).toList();
		}

		/** Refused: for its errors, or because {@code sameNamesAs} took its documents' names. */
		public BuiltReport notBuilt(Path sameNamesAs) {
			return new BuiltReport(checked, List.of(), sameNamesAs);
		}
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
