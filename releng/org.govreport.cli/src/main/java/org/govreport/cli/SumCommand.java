package org.govreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.govreport.dsl.files.OutputNames;
import org.govreport.dsl.template.OrganLevel;
import org.govreport.headless.AtomicFiles;
import org.govreport.headless.FiguresTable;
import org.govreport.headless.GccStyle;
import org.govreport.headless.ReportSummer;
import org.govreport.headless.ReportSummer.Summed;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sum", description = { "Writes one report whose tables 二, 三 and 四 are the sums of the reports'.",
		"The reports must share year and template version; one with errors is refused unless --force.",
		"Exit status: 0 written, 1 refused (errors, or years or versions differ), 2 bad usage or unreadable input." })
class SumCommand implements Callable<Integer> {

	@Mixin
	private ReportPaths reports;

	@Option(names = "--organ", required = true, description = "The summing organ, e.g. 某某县人民政府办公室.")
	private String organ;

	@Option(names = "--level", paramLabel = "LEVEL", completionCandidates = OrganLevelOption.Names.class,
			description = "The summing organ's level: one of ${COMPLETION-CANDIDATES}.")
	private String levelName;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE",
			description = "Where to write. Default: ORGAN-YEAR.govreport in the current folder.")
	private Path output;

	@Option(names = "--table", paramLabel = "FILE.xlsx|FILE.csv",
			description = "Also write the inputs' figures, one row each, as govreport table does (one reading for both).")
	private Path table;

	@Option(names = "--force", description = "Sum reports with errors too, and overwrite an existing output file.")
	private boolean force;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		OrganLevel level = OrganLevelOption.parse(levelName, spec);
		if (table != null) {
			try {
				FiguresTable.Format.of(table);
			} catch (IllegalArgumentException e) {
				throw new ParameterException(spec.commandLine(), "--table: " + e.getMessage());
			}
		}
		try {
			Summed summed = new ReportSummer().sum(inputs(), organ, level, force);
			summed.inputs().stream().flatMap(input -> input.checked().findings().stream()).map(GccStyle::format)
					.forEach(out::println);
			summed.leftOut().forEach(reason -> out.println("not summed: " + reason));
			Path file = output != null ? output : Path.of(OutputNames.baseName(organ, summed.sum().year()) + ".govreport");
			if (Files.isDirectory(file)) {
				err.println("govreport: " + file + " is a folder; -o names the report file to write");
				return ExitCodes.USAGE;
			}
			if (Files.exists(file) && !force) {
				err.println("govreport: " + file + " exists; --force overwrites it");
				return ExitCodes.USAGE;
			}
			AtomicFiles.write(file, summed.text());
			int count = summed.inputs().size();
			out.println("summed " + count + (count == 1 ? " report" : " reports") + " into " + file + " ("
					+ summed.sum().year() + ", template " + summed.sum().template().id() + ")");
			if (table != null) {
				var written = FiguresTable.write(summed.inputs(), table, FiguresTable.Format.of(table));
				out.println("wrote " + table + ": " + written.summary());
			}
		} catch (ReportSummer.Refused e) {
			e.errors().stream().map(GccStyle::format).forEach(out::println);
			out.flush();
			err.println("govreport: " + e.getMessage());
			return ExitCodes.PROBLEMS;
		} catch (IOException e) {
			out.flush();
			err.println("govreport: " + e.getMessage());
			return ExitCodes.USAGE;
		}
		out.flush();
		return ExitCodes.CLEAN;
	}

	/**
	 * The reports named, without the output file: an earlier output that is no report (or is another
	 * organ's) must not be read as an input. The summing organ's own reports are left out by the summer.
	 */
	private List<Path> inputs() throws IOException {
		Path written = output == null ? null : output.toAbsolutePath().normalize();
		return reports.reports().stream().filter(file -> !file.toAbsolutePath().normalize().equals(written)).toList();
	}
}
