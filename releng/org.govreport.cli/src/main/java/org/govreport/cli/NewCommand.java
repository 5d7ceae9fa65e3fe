package org.govreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.govreport.dsl.files.OutputNames;
import org.govreport.dsl.skeleton.ReportSkeleton;
import org.govreport.dsl.template.OrganLevel;
import org.govreport.dsl.template.OrganLevels;
import org.govreport.dsl.template.TemplateDescription;
import org.govreport.dsl.template.Templates;
import org.govreport.headless.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", description = "Writes a new report with every section and table of its template, at 0.")
class NewCommand implements Callable<Integer> {

	@Option(names = "--organ", required = true, description = "The reporting organ, e.g. 江城镇.")
	private String organ;

	@Option(names = "--year", required = true, description = "The year reported on, e.g. 2021.")
	private int year;

	@Option(names = "--template", paramLabel = "ID",
			description = "Template version (2019-60 or 2021-30). Default: the one in force for the year.")
	private String templateId;

	@Option(names = "--level", description = "Organ level (e.g. 乡镇, 县级), for the rule-making rules.")
	private String levelName;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE",
			description = "Where to write. Default: ORGAN-YEAR.govreport in the current folder.")
	private Path output;

	@Option(names = "--force", description = "Overwrite an existing file.")
	private boolean force;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		TemplateDescription template = template();
		OrganLevel level = levelName == null ? null : OrganLevels.byName(levelName)
				.orElseThrow(() -> usage("unknown --level '" + levelName + "'; one of " + OrganLevels.all().stream()
						.map(OrganLevel::name).collect(Collectors.joining(", "))));
		Path file = output != null ? output : Path.of(OutputNames.baseName(organ, year) + ".govreport");
		if (Files.exists(file) && !force) {
			spec.commandLine().getErr().println("govreport: " + file + " exists; --force overwrites it");
			return ExitCodes.USAGE;
		}
		try {
			AtomicFiles.write(file, new ReportSkeleton().skeleton(organ, year, template, level));
		} catch (IOException e) {
			spec.commandLine().getErr().println("govreport: " + file + ": cannot write: " + e.getMessage());
			return ExitCodes.USAGE;
		}
		spec.commandLine().getOut().println("wrote " + file + " (template " + template.id() + ")");
		return ExitCodes.CLEAN;
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
