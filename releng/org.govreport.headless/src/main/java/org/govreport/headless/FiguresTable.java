package org.govreport.headless;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
	private final TypedReports reader;

	public FiguresTable() {
		this(new TypedReports());
	}

	public FiguresTable(TypedReports reader) {
		this.reader = reader;
	}

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

	/**
	 * What a table holds: every report, a row each, and why each row left out of the totals was (a summed
	 * report whose inputs are rows too).
	 */
	public record Written(List<TypedReport> reports, List<String> leftOutOfTotals) {
		/** {@code 5 reports}, and what the totals leave out, for a line saying what was written. */
		public String summary() {
			return reports.size() + (reports.size() == 1 ? " report" : " reports") + (leftOutOfTotals.isEmpty() ? ""
					: " (the totals leave out " + leftOutOfTotals.size() + " summed: " + String.join("; ", leftOutOfTotals) + ")");
		}
	}

	/** @throws IOException naming the file, when a report cannot be read or the table not written */
	public Written write(List<Path> files, Path output) throws IOException {
		var format = Format.of(output);
		var reports = reader.readAll(files);
		return write(reports, output, format);
	}

	/** POI wraps a failure of its scratch files in an IllegalStateException. */
	private static IOException ioCause(Exception e) {
		if (e instanceof IOException io) {
			return io;
		}
		return e.getCause() instanceof IOException io ? io : new IOException(String.valueOf(e.getMessage()), e);
	}

	public static Written write(List<TypedReport> reports, Path output, Format format) throws IOException {
		var sums = SummedReports.setOfOthers(reports);
		var rows = reports.stream().map(report -> new FigureRow(report, sums.contains(report))).toList();
		var columns = FigureColumn.of(reports.stream().map(TypedReport::report).toList());
		byte[] table;
		try {
			table = format == Format.XLSX ? FiguresWorkbook.write(rows, columns)
					: FiguresCsv.write(rows, columns).getBytes(StandardCharsets.UTF_8);
		} catch (IOException | RuntimeException e) {
			throw new IOException(output + ": cannot write: " + ReadableFiles.reason(ioCause(e)) + "; left unchanged", e);
		}
		AtomicFiles.write(output, table);
		return new Written(reports, reports.stream().filter(sums::contains).map(sum -> SummedReports.why(sum, reports)).toList());
	}
}
