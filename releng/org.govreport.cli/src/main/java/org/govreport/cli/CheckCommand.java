package org.govreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.govreport.headless.CheckSummary;
import org.govreport.headless.CheckedReport;
import org.govreport.headless.FindingsFormat;
import org.govreport.headless.ReportValidator;
import org.govreport.headless.Workers;
import org.govreport.headless.InOrder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", description = { "Validates reports; prints file:line:col: severity [code] message.",
		"Exit status: 0 clean (or warnings only), 1 errors (or warnings with --strict), 2 bad usage or unreadable input." })
class CheckCommand implements Callable<Integer> {

	@Mixin
	private ReportPaths reports;

	@Mixin
	private JobsOption jobs;

	@Option(names = "--strict", description = "Warnings fail the check too.")
	private boolean strict;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text (gcc style), json or sarif (SARIF 2.1.0). Default: ${DEFAULT-VALUE}.")
	private FindingsFormat format;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		// kept for the formats that print one document at the end; text needs only the counts
		List<CheckedReport> checked = new ArrayList<>();
		CheckSummary summary = CheckSummary.NONE;
		boolean unreadable = false;
		List<Path> files;
		try {
			files = reports.reports();
		} catch (NoReportsException e) {
			err.println(Messages.failure(e));
			return ExitCodes.USAGE;
		}
		ReportValidator validator = LanguageStartup.validator();
		try (Workers workers = jobs.workers(files.size())) {
			InOrder<CheckedReport> results = new InOrder<>(files, workers, validator::check);
			while (results.hasNext()) {
				try {
					CheckedReport report = results.take();
					summary = summary.plus(report);
					if (format.printsEachReportOnItsOwn()) {
						format.print(List.of(report), out);
						out.flush();
					} else {
						checked.add(report);
					}
				} catch (IOException e) {
					// one unreadable file must not hide the findings of the others
					out.flush();
					err.println(Messages.failure(e));
					err.flush();
					unreadable = true;
				}
			}
		}
		if (!format.printsEachReportOnItsOwn()) {
			format.print(checked, out);
		}
		out.flush();
		if (unreadable) {
			return ExitCodes.USAGE;
		}
		return summary.fails(strict) ? ExitCodes.PROBLEMS : ExitCodes.CLEAN;
	}
}
