package org.govreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.govreport.dsl.format.ReportFormatter;
import org.govreport.headless.AtomicFiles;
import org.govreport.headless.ReportText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "fmt", description = { "Rewrites reports in the canonical layout (aligned table columns).",
		"With --check, changes nothing: lists the reports that are not in it and exits 1." })
class FormatCommand implements Callable<Integer> {

	@Mixin
	private ReportPaths reports;

	@Option(names = "--check", description = "Only tell which reports would change (for CI).")
	private boolean check;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		ReportFormatter formatter = new ReportFormatter();
		boolean unformatted = false;
		try {
			for (Path file : reports.reports()) {
				String text = ReportText.read(file);
				String formatted = formatter.format(text);
				if (formatted.equals(text)) {
					continue;
				}
				if (check) {
					out.println(file + ": not in the canonical layout (govreport fmt rewrites it)");
					unformatted = true;
				} else {
					AtomicFiles.write(file, formatted);
					out.println("formatted " + file);
				}
			}
		} catch (IOException e) {
			spec.commandLine().getErr().println("govreport: " + e.getMessage());
			return ExitCodes.USAGE;
		}
		out.flush();
		return unformatted ? ExitCodes.PROBLEMS : ExitCodes.CLEAN;
	}
}
