package org.govreport.dsl.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.govreport.dsl.generator.docx.DocxRenderer;
import org.govreport.dsl.generator.pdf.PdfFace;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.source.SourceLine;
import org.govreport.dsl.parsing.source.SourceLine.FieldLine;
import org.govreport.dsl.parsing.source.SourceLine.HeadingLine;
import org.govreport.dsl.parsing.source.SourceLine.ProseLine;
import org.govreport.dsl.parsing.source.SourceRange;
import org.govreport.dsl.parsing.source.SourceText;

/**
 * Gets the slow-starting renderers going while a build is still reading and checking its first report,
 * on a background thread: reading and checking leave the other core idle meanwhile. The first PDF of a run
 * pays for parsing its faces, megabytes each, and the first DOCX for POI's schema types, each several
 * times what a document costs once they are loaded. The faces are loaded as the PDF would load them, and a
 * small sample report is written as DOCX and thrown away; the renderers keep nothing of a document, so
 * what the sample leaves loaded changes no later document's bytes.
 */
public final class RendererWarmUp {
	private RendererWarmUp() {
	}

	/**
	 * Starts the warm-up of those of the formats that start slowly (PDF and OFD, which is printed by the
	 * PDF's layout, and DOCX) on a daemon thread (a run that ends sooner does not wait for it).
	 *
	 * @return the thread; none when no format starts slowly
	 */
	public static Optional<Thread> start(Collection<DocumentFormat> formats) {
		boolean printed = formats.contains(DocumentFormat.PDF) || formats.contains(DocumentFormat.OFD);
		boolean word = formats.contains(DocumentFormat.DOCX);
		if (!printed && !word) {
			return Optional.empty();
		}
		// before the libraries' first log line, which may now come from this thread
		LibraryLogging.quiet();
		var thread = new Thread(() -> {
			// the PDF first: it is the slowest to start
			if (printed) {
				PdfFace.loadFacesOfEveryReport();
			}
			if (word) {
				writeSampleDocx();
			}
		}, "govreport renderer warm-up");
		thread.setDaemon(true);
		thread.start();
		return Optional.of(thread);
	}

	private static void writeSampleDocx() {
		try {
			new DocxRenderer().render(sample(), OutputStream.nullOutputStream());
		} catch (IOException | RuntimeException e) {
			// only a head start: the build's own render meets and reports any real problem
		}
	}

	/**
	 * A report that prints in every face a report uses: title, section heading, sub-heading, body and
	 * tables (every table of the template is printed, filled with zeros).
	 */
	static Report sample() {
		List<SourceLine> lines = List.of(field("机关", "样例镇"), field("年度", "2021"), heading("一、总体情况"),
				heading("（一）主动公开情况"), prose("本年度主动公开政府信息1条。"));
		return ReportAssembler.assemble(lines, "样例镇-2021.govreport").report();
	}

	private static SourceLine field(String key, String value) {
		return new FieldLine(text(key), text(value), SourceRange.NONE);
	}

	private static SourceLine heading(String heading) {
		return new HeadingLine(text(heading), SourceRange.NONE);
	}

	private static SourceLine prose(String prose) {
		return new ProseLine(text(prose), SourceRange.NONE);
	}

	private static SourceText text(String text) {
		return new SourceText(text, SourceRange.NONE);
	}
}
