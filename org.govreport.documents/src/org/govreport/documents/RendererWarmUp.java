package org.govreport.documents;

import java.util.Collection;
import java.util.Optional;

import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.generator.LibraryLogging;
import org.govreport.dsl.generator.pdf.PdfRenderer;

/**
 * Gets the slow-starting renderers going while a build is still setting up the language and reading and
 * checking its first report, on a background thread: these leave the other core idle at times. The first
 * PDF of a run pays for parsing its faces, megabytes each, and for what {@link PdfRenderer#warmUp} lists
 * besides, which is done here, as the documents would do it, and nothing else: what is loaded is loaded
 * once a run whoever asks first, so the warm-up costs no work the build would not do anyway, and no
 * document's bytes depend on it.
 */
public final class RendererWarmUp {
	private RendererWarmUp() {
	}

	/**
	 * Starts the warm-up of those of the formats that start slowly (PDF and OFD, which is printed by the
	 * PDF's layout) on a daemon thread (a run that ends sooner does not wait for it). DOCX starts quickly
	 * since it is written without POI's object model.
	 *
	 * @return the thread; none when no format starts slowly
	 */
	public static Optional<Thread> start(Collection<DocumentFormat> formats) {
		boolean printed = formats.contains(DocumentFormat.PDF) || formats.contains(DocumentFormat.OFD);
		if (!printed) {
			return Optional.empty();
		}
		// before the libraries' first log line, which may now come from this thread
		LibraryLogging.quiet();
		var thread = new Thread(PdfRenderer::warmUp, "govreport renderer warm-up");
		thread.setDaemon(true);
		thread.start();
		return Optional.of(thread);
	}
}
