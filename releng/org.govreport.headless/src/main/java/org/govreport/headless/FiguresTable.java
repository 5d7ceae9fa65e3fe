package org.govreport.headless;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.govreport.headless.TypedReports.TypedReport;

/**
 * The comparison table of many reports, one row each, written as a workbook (.xlsx) or CSV (.csv) by
 * the name of the file asked for. Reports with errors are listed too, with their error count: the
 * table is for comparing, and a reader must see which figures are in doubt.
 */
public final class FiguresTable {
	private final TypedReports reader = new TypedReports();

	/** How the table is written, by the file's extension. */
	public enum Format {
		XLSX, CSV;

		/** @throws IllegalArgumentException when the name ends in neither .xlsx nor .csv */
		public static Format of(Path file) {
			var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.endsWith(".xlsx")) {
				return XLSX;
			}
			if (name.endsWith(".csv")) {
				return CSV;
			}
			throw new IllegalArgumentException(file + ": the table is written as .xlsx or .csv");
		}
	}

	/** @throws IOException naming the file, when a report cannot be read or the table not written */
	public List<TypedReport> write(List<Path> files, Path output) throws IOException {
		var format = Format.of(output);
		var reports = reader.readAll(files);
		write(reports, output, format);
		return reports;
	}

	public static void write(List<TypedReport> reports, Path output, Format format) throws IOException {
		var rows = reports.stream().map(FigureRow::new).toList();
		var columns = FigureColumn.of(reports.stream().map(TypedReport::report).toList());
		try {
			if (format == Format.XLSX) {
				AtomicFiles.write(output, FiguresWorkbook.write(rows, columns));
			} else {
				AtomicFiles.write(output, FiguresCsv.write(rows, columns));
			}
		} catch (IOException e) {
			throw new IOException(output + ": cannot write: " + e.getMessage(), e);
		}
	}
}
