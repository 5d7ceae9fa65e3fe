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
		"With --check, changes nothing: lists the reports that are not in it and exits 1.",
		"A read-only report is left as it is (exit 1); a link is followed and its target formatted;",
		"an unreadable one is reported (exit 2). The others are formatted all the same." })
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
		PrintWriter err = spec.commandLine().getErr();
		List<Path> files;
		try {
			files = reports.reports();
		} catch (NoReportsException e) {
			err.println(Messages.failure(e));
			return ExitCodes.USAGE;
		}
		ReportFormatter formatter = new ReportFormatter();
		int exit = ExitCodes.CLEAN;
		for (Path file : files) {
			String text;
			try {
				text = ReportText.read(file);
			} catch (IOException e) {
				err.println(Messages.failure(e));
				exit = ExitCodes.USAGE;
				continue;
			}
			String formatted = formatter.format(text);
			if (formatted.equals(text)) {
				continue;
			}
			if (check) {
				out.println(Messages.name(file) + ": not in the canonical layout (govreport fmt rewrites it)");
				exit = Math.max(exit, ExitCodes.PROBLEMS);
				continue;
			}
			try {
				AtomicFiles.write(file, formatted);
				out.println("formatted " + Messages.name(file));
			} catch (IOException e) {
				err.println(Messages.failure(e));
				exit = Math.max(exit, ExitCodes.PROBLEMS);
			}
		}
		out.flush();
		return exit;
	}
}
