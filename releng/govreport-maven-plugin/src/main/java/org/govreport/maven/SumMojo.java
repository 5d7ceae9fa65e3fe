package org.govreport.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.govreport.dsl.files.OutputNames;
import org.govreport.dsl.template.OrganLevel;
import org.govreport.dsl.template.OrganLevels;
import org.govreport.headless.AtomicFiles;
import org.govreport.headless.ReportSummer;

/**
 * Sums the reports under the source folder into the report of {@code organ}, as {@code govreport sum}
 * does; not bound to a phase (a reports project binds it where it wants the summed report). Inputs with
 * errors, or of different years or template versions, fail the build.
 */
@Mojo(name = "sum", threadSafe = true)
public class SumMojo extends ReportsMojo {

	@Parameter(property = "govreport.organ", required = true)
	private String organ;

	/** The summing organ's level (县级政府, 设区的市政府 …), optional. */
	@Parameter(property = "govreport.level")
	private String level;

	/** Default: ORGAN-YEAR.govreport in the output folder. */
	@Parameter(property = "govreport.sumFile")
	private File sumFile;

	@Parameter(property = "govreport.outputDirectory", defaultValue = "${project.build.directory}/govreport")
	private File outputDirectory;

	@Parameter(property = "govreport.force", defaultValue = "false")
	private boolean force;

	@Override
	void execute(List<Path> reports) throws MojoExecutionException, MojoFailureException {
		OrganLevel organLevel = level == null ? null : OrganLevels.byName(level)
				.orElseThrow(() -> new MojoExecutionException("govreport: unknown <level> " + level));
		try {
			var summed = new ReportSummer().sum(reports, organ, organLevel, force);
			summed.inputs().forEach(input -> input.checked().findings().forEach(finding -> FindingsLog.log(getLog(), finding)));
			summed.leftOut().forEach(reason -> getLog().info("govreport: not summed: " + reason));
			Path file = sumFile != null ? sumFile.toPath()
					: outputDirectory.toPath().resolve(OutputNames.baseName(organ, summed.sum().year()) + ".govreport");
			AtomicFiles.write(file, summed.text());
			getLog().info("govreport: summed " + summed.inputs().size() + " reports into " + file);
		} catch (ReportSummer.Refused e) {
			e.errors().forEach(error -> FindingsLog.log(getLog(), error));
			throw new MojoFailureException("govreport: " + e.getMessage());
		} catch (IOException e) {
			throw new MojoExecutionException("govreport: " + e.getMessage(), e);
		}
	}
}
