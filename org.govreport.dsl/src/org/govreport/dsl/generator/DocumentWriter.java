package org.govreport.dsl.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.govreport.dsl.files.OutputNames;
import org.govreport.dsl.model.Report;

/**
 * Writes a report's documents into a folder, named after organ and year (江城镇-2020.pdf). Every format
 * is first rendered to a temporary file in the same folder; only when all of them have been rendered are
 * they moved over the previous outputs, all together or not at all ({@link ReplacementSet}). A failed
 * or interrupted build therefore leaves the previous documents as they were, and never a half-written
 * file under the real name; temporary files left by a killed build are removed by the next.
 */
public final class DocumentWriter {
	private final Function<DocumentFormat, DocumentRenderer> renderers;

	/**
	 * @param renderers the renderer of each format: the core bundle renders HTML, text and JSON only; the
	 *        bundle org.govreport.documents has them all ({@code org.govreport.documents.Documents::renderer})
	 */
	public DocumentWriter(Function<DocumentFormat, DocumentRenderer> renderers) {
		this.renderers = renderers;
	}

	/**
	 * Writes the formats in the given order; returns the files written, in the same order. On failure
	 * none of the report's documents is replaced.
	 */
	public List<Path> write(Report report, Collection<DocumentFormat> formats, Path folder) throws IOException {
		Files.createDirectories(folder);
		TemporaryFiles.deleteStale(folder);
		var base = OutputNames.baseName(report);
		Map<Path, Path> stagedByTarget = new LinkedHashMap<>();
		try {
			for (DocumentFormat format : formats) {
				var target = OutputNames.resolve(folder, base, format.extension());
				stagedByTarget.put(target, render(report, format, folder));
			}
			return new ReplacementSet(stagedByTarget).replace();
		} finally {
			for (Path temporary : stagedByTarget.values()) {
				TemporaryFiles.delete(temporary);
			}
		}
	}

	/** The name of the file a format of this report is written to: 江城镇-2020.pdf. */
	public static String fileName(Report report, DocumentFormat format) {
		return OutputNames.baseName(report) + "." + format.extension();
	}

	/** The file a format of this report is written to in a folder. */
	public static Path target(Report report, DocumentFormat format, Path folder) {
		return OutputNames.resolve(folder, OutputNames.baseName(report), format.extension());
	}

	private Path render(Report report, DocumentFormat format, Path folder) throws IOException {
		var temporary = TemporaryFiles.create(folder);
		try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
			renderers.apply(format).render(report, out);
		} catch (IOException | RuntimeException | Error e) {
			TemporaryFiles.delete(temporary);
			throw e;
		}
		return temporary;
	}
}
