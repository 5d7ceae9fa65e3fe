package org.govreport.headless;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.govreport.dsl.aggregate.Change;
import org.govreport.dsl.aggregate.ReportDiff;
import org.govreport.dsl.aggregate.ReportListing;
import org.govreport.dsl.model.Report;
import org.govreport.headless.TypedReports.TypedReport;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The difference of two report files, in the typed model's terms, and its two printed forms. */
public final class ReportComparison {
	private final TypedReports reader = new TypedReports();

	/** @throws IOException naming the file, when one cannot be read as a report */
	public List<Change> compare(Path before, Path after) throws IOException {
		return ReportDiff.between(reader.read(before).report(), reader.read(after).report());
	}

	/**
	 * The same, refusing a report with a syntax error: the lines after it are read as something else (an
	 * unclosed """ swallows the rest of the file), so its "changes" would mislead.
	 *
	 * @throws IOException naming the file and where its first syntax error is
	 */
	public List<Change> compareParsed(Path before, Path after) throws IOException {
		return ReportDiff.between(parsed(reader.read(before)), parsed(reader.read(after)));
	}

	private static Report parsed(TypedReport read) throws IOException {
		var syntaxError = read.checked().findings().stream()
				.filter(finding -> finding.code().equals(Diagnostic.SYNTAX_DIAGNOSTIC)).findFirst();
		if (syntaxError.isPresent()) {
			throw new IOException(GccStyle.format(syntaxError.get()) + "\n" + read.file()
					+ ": not compared: a syntax error makes the lines after it read as something else");
		}
		return read.report();
	}

	/** The report one fact a line, for git's textconv (see {@link ReportListing}). */
	public String listing(Path file) throws IOException {
		var text = new StringBuilder();
		ReportListing.of(reader.read(file).report()).forEach(line -> text.append(line).append('\n'));
		return text.toString();
	}

	/** One change a line: {@code 表 三 · 一、本年新收 · 自然人: 5 → 7}; nothing when equal. */
	public static String text(List<Change> changes) {
		var text = new StringBuilder();
		changes.forEach(change -> text.append(change.text()).append('\n'));
		return text.toString();
	}

	/** For scripts: the two files, whether they are equal, and each change with its kind and both values. */
	public static String json(Path before, Path after, List<Change> changes) {
		JsonObject root = new JsonObject();
		root.addProperty("old", before.toString());
		root.addProperty("new", after.toString());
		root.addProperty("equal", changes.isEmpty());
		JsonArray list = new JsonArray();
		for (Change change : changes) {
			JsonObject entry = new JsonObject();
			entry.addProperty("kind", change.kind().name().toLowerCase(Locale.ROOT));
			entry.addProperty("place", change.place());
			entry.addProperty("old", change.before());
			entry.addProperty("new", change.after());
			entry.addProperty("text", change.text());
			list.add(entry);
		}
		root.add("changes", list);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n";
	}
}
