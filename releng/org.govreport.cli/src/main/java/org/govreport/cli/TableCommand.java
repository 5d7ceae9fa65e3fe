package org.govreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.govreport.headless.FiguresTable;
import org.govreport.headless.TypedReports.TypedReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "table", description = { "Writes every report's figures, one row each, as a workbook (.xlsx) or CSV.",
		"Exit status: 0 written, 2 bad usage or unreadable input." })
class TableCommand implements Callable<Integer> {

	@Mixin
	private ReportPaths reports;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE.xlsx|FILE.csv", defaultValue = "reports.xlsx",
			description = "The table to write; .xlsx or .csv. Default: ${DEFAULT-VALUE}.")
	private Path output;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		try {
			FiguresTable.Format.of(output);
		} catch (IllegalArgumentException e) {
			throw new ParameterException(spec.commandLine(), "-o: " + e.getMessage());
		}
		try {
			if (Files.isDirectory(output)) {
				spec.commandLine().getErr().println("govreport: " + output + " is a folder; -o names the table file to write");
				return ExitCodes.USAGE;
			}
			var written = new FiguresTable().write(reports.reports(), output);
			int errors = written.reports().stream().mapToInt(TypedReport::errors).sum();
			spec.commandLine().getOut().println("wrote " + output + ": " + written.summary()
					+ (errors > 0 ? " (" + errors + " errors among them, counted in the table)" : ""));
		} catch (IOException e) {
			spec.commandLine().getErr().println("govreport: " + e.getMessage());
			return ExitCodes.USAGE;
		}
		return ExitCodes.CLEAN;
	}
}
