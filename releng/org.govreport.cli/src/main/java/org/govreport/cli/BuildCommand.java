package org.govreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.headless.DocumentFormats;
import org.govreport.headless.GccStyle;
import org.govreport.headless.ReportBuilder.BuiltReport;
import org.govreport.headless.TerminalText;
import org.govreport.headless.Workers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", description = { "Writes the documents of reports that validate.",
		"A report with errors is refused (exit 1) unless --force; its problems are printed as check prints them.",
		"A report whose documents cannot be written is reported (exit 1), one that cannot be read too (exit 2);",
		"the others are built all the same, and a summary line ends every run." })
class BuildCommand implements Callable<Integer> {

	@Mixin
	private ReportPaths reports;

	@Mixin
	private JobsOption jobs;

	@Option(names = "--to", split = ",", paramLabel = "FORMAT", defaultValue = "html,docx,pdf,txt,json",
			description = "Formats, comma-separated: html, docx, pdf, txt, json, ofd. Default: all but ofd.")
	private List<String> formatNames;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", defaultValue = "out",
			description = "Folder the documents are written to. Default: ${DEFAULT-VALUE}.")
	private Path output;

	@Option(names = "--force", description = "Build reports with errors too.")
	private boolean force;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		List<DocumentFormat> formats = formats();
		OutputFolder.require(spec.commandLine(), "-o", output);
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		BuildTally tally = new BuildTally();
		List<Path> files;
		try {
			files = reports.reports();
		} catch (NoReportsException e) {
			err.println(Messages.failure(e));
			return ExitCodes.USAGE;
		}
		BuildProgress progress = BuildProgress.forTerminal(files.size(), err);
		try (Workers workers = jobs.workers(files.size())) {
			new OrderedBuild(workers, jobs.count(), formats).run(files, output, force, new OrderedBuild.Outcomes() {
				@Override
				public void starting(Path file) {
					progress.starting(file);
				}

				@Override
				public void built(Path file, BuiltReport built) {
					if (!built.checked().findings().isEmpty() || built.refused()) {
						progress.clear();
						built.checked().findings().stream().map(GccStyle::format).forEach(out::println);
						out.flush();
					}
					if (built.refused()) {
						err.println("govreport: " + TerminalText.escape(built.refusal())
								+ (built.sameNamesAs() == null ? " (--force builds it anyway)" : ""));
					}
					tally.add(built);
					progress.finished(file, built.written(), out);
				}

				@Override
				public void failed(Path file, IOException e) {
					// one report that cannot be read or written must not stop the others
					progress.clear();
					out.flush();
					err.println(Messages.failure(e));
					err.flush();
					tally.failed(e);
				}
			});
		}
		progress.clear();
		out.println(tally.summary(output));
		out.flush();
		return tally.exitCode();
	}

	private List<DocumentFormat> formats() {
		try {
			return DocumentFormats.parse(formatNames);
		} catch (IllegalArgumentException e) {
			throw new ParameterException(spec.commandLine(), "--to: " + e.getMessage());
		}
	}

	static String writtenLine(Path file, List<Path> written) {
		return Messages.name(file) + " → " + written.stream().map(Messages::name).collect(Collectors.joining(" "));
	}
}
