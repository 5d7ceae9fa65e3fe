package org.govreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.govreport.dsl.files.OutputNames;
import org.govreport.dsl.skeleton.ReportSkeleton;
import org.govreport.dsl.template.OrganLevel;
import org.govreport.dsl.template.TemplateDescription;
import org.govreport.dsl.template.Templates;
import org.govreport.headless.AtomicFiles;
import org.govreport.headless.Finding;
import org.govreport.headless.GccStyle;
import org.govreport.headless.ReportFiles;
import org.govreport.headless.TerminalText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", mixinStandardHelpOptions = true, description = { "Writes a new report with every section and table of its template, at 0.",
		"Exit status: 0 written; 2 bad usage, the file exists, or the report would not check clean (nothing written)." })
class NewCommand implements Callable<Integer> {

	@Option(names = "--organ", required = true, description = "The reporting organ, e.g. 江城镇.")
	private String organ;

	@Option(names = "--year", required = true, description = "The year reported on, e.g. 2021.")
	private int year;

	@Option(names = "--template", paramLabel = "ID",
			description = "Template version (2019-60 or 2021-30). Default: the one in force for the year.")
	private String templateId;

	@Option(names = "--level", paramLabel = "LEVEL", completionCandidates = OrganLevelOption.Names.class,
			description = "Organ level, for the rule-making rules: one of ${COMPLETION-CANDIDATES}.")
	private String levelName;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE|DIR",
			description = "Where to write: a file, or a folder to write ORGAN-YEAR.govreport in. Default: the current folder.")
	private Path output;

	@Option(names = "--force", description = "Overwrite an existing file.")
	private boolean force;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		if (organ.isBlank()) {
			throw usage("--organ: empty; give the organ's name, e.g. 江城镇");
		}
		TemplateDescription template = template();
		OrganLevel level = OrganLevelOption.parse(levelName, spec);
		PrintWriter err = spec.commandLine().getErr();
		Path file = target();
		if (Files.exists(file) && !force) {
			err.println("govreport: " + Messages.name(file) + " exists; --force overwrites it");
			return ExitCodes.USAGE;
		}
		String text = new ReportSkeleton().skeleton(organ, year, template, level);
		try {
			// new promises a report that checks clean: what would not (a year out of range, an organ the
			// header cannot hold) is refused here, with check's own words, rather than written
			List<Finding> findings = SkeletonCheck.findings(file, text);
			if (!findings.isEmpty()) {
				findings.stream().map(GccStyle::format).forEach(err::println);
				err.println("govreport: " + Messages.name(file) + " not written: a report for --organ " + TerminalText.escape(organ)
						+ " --year " + year + " would not check clean");
				return ExitCodes.USAGE;
			}
			AtomicFiles.write(file, text);
		} catch (IOException e) {
			err.println(Messages.failure(e));
			return ExitCodes.USAGE;
		}
		spec.commandLine().getOut().println("wrote " + Messages.name(file) + " (template " + template.id() + ")");
		return ExitCodes.CLEAN;
	}

	/** -o FILE, or ORGAN-YEAR.govreport in -o DIR or in the current folder. */
	private Path target() {
		Path named = Path.of(OutputNames.baseName(organ, year) + ReportFiles.EXTENSION);
		if (output == null) {
			return named;
		}
		if (output.toString().isEmpty()) {
			throw usage("-o: empty path; give a file or a folder");
		}
		if (Files.isDirectory(output)) {
			return output.resolve(named);
		}
		if (Files.exists(output) && !Files.isRegularFile(output)) {
			throw usage("-o " + Messages.name(output) + ": not a regular file or a folder");
		}
		return output;
	}

	private TemplateDescription template() {
		if (templateId == null) {
			return Templates.forYear(year);
		}
		return Templates.byId(templateId).orElseThrow(() -> usage("unknown --template '" + templateId + "'; one of "
				+ Templates.all().stream().map(TemplateDescription::id).collect(Collectors.joining(", "))));
	}

	private ParameterException usage(String message) {
		return new ParameterException(spec.commandLine(), message);
	}
}
