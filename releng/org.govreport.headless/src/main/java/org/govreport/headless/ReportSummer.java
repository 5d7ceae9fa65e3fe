package org.govreport.headless;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.aggregate.ReportSum;
import org.govreport.dsl.aggregate.SumInputs;
import org.govreport.dsl.aggregate.SummedReportText;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.template.OrganLevel;
import org.govreport.headless.TypedReports.TypedReport;

/**
 * Sums reports into the report of the organ above them. Every input is checked first: one with errors
 * would carry its mistake into the sum, so it is refused unless forced; inputs of different years or
 * template versions are refused always, since their tables do not add up. Reports that would be counted
 * twice are left out, each with the reason: the summing organ's own (an earlier sum in the folder summed
 * again, last year's), and reports that sum others of the inputs (see {@link SummedReports}).
 */
public final class ReportSummer {
	private final TypedReports reader;

	public ReportSummer() {
		this(new TypedReports());
	}

	public ReportSummer(TypedReports reader) {
		this.reader = reader;
	}

	/** Why the reports were not summed, one line per input at fault. */
	public static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		private final transient List<Finding> errors;

		Refused(String message) {
			this(message, List.of());
		}

		Refused(String message, List<Finding> errors) {
			super(message);
			this.errors = errors;
		}

		/** The inputs' errors, each with its file, line and column, when they are why; else empty. */
		public List<Finding> errors() {
			return errors;
		}
	}

	/**
	 * The summed report's text, the inputs summed as checked (their findings are the caller's to print),
	 * and why each report named but not summed was left out.
	 */
	public record Summed(String text, ReportSum sum, List<TypedReport> inputs, List<String> leftOut) {
	}

	/**
	 * @param force sum inputs with errors too
	 * @throws Refused when an input has errors (unless forced) or the inputs' years or versions differ
	 * @throws IOException naming the file, when one cannot be read
	 */
	public Summed sum(List<Path> files, String organ, OrganLevel level, boolean force) throws IOException, Refused {
		if (files.isEmpty()) {
			throw new Refused("no reports to sum");
		}
		var read = reader.readAll(files);
		var leftOut = new ArrayList<String>();
		var inputs = counted(read, organ, leftOut);
		if (inputs.isEmpty()) {
			throw new Refused(String.join("\n", leftOut) + "\nno reports to sum");
		}
		var withErrors = inputs.stream().filter(input -> input.checked().hasErrors()).map(input -> input.file() + " has errors")
				.toList();
		if (!withErrors.isEmpty() && !force) {
			throw new Refused(String.join("\n", withErrors) + "\nnot summed (--force sums them anyway)", inputs.stream()
					.flatMap(input -> input.checked().findings().stream()).filter(Finding::isError).toList());
		}
		List<Report> reports = inputs.stream().map(TypedReport::report).toList();
		var mismatches = SumInputs.mismatches(reports);
		if (!mismatches.isEmpty()) {
			throw new Refused("reports of one year and one template version can be summed; these differ:\n"
					+ String.join("\n", mismatches));
		}
		var sum = ReportSum.of(reports);
		return new Summed(new SummedReportText().write(sum, reports, organ, level), sum, inputs, leftOut);
	}

	/** The reports to sum: not the summing organ's own, nor those summing others of the list. */
	private static List<TypedReport> counted(List<TypedReport> read, String organ, List<String> leftOut) {
		var others = new ArrayList<TypedReport>();
		for (TypedReport report : read) {
			if (organ.equals(report.report().organ())) {
				leftOut.add(report.file() + " 是 " + organ + " 自己的报告");
			} else {
				others.add(report);
			}
		}
		var sums = SummedReports.setOfOthers(others);
		others.stream().filter(sums::contains).forEach(sum -> leftOut.add(SummedReports.why(sum, others)));
		return others.stream().filter(report -> !sums.contains(report)).toList();
	}
}
