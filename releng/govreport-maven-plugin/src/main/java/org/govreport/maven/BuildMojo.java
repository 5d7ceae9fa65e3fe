package org.govreport.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.headless.DocumentFormats;
import org.govreport.headless.ReportBuilder;
import org.govreport.headless.ReportBuilder.BuiltReport;

/**
 * Writes the documents of every report under the source folder into the output folder, as
 * {@code govreport build} does. A report with errors is not built and fails the build, unless
 * {@code force}.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends ReportsMojo {

	@Parameter(property = "govreport.outputDirectory", defaultValue = "${project.build.directory}/govreport")
	private File outputDirectory;

	/** html, docx, pdf, txt, json: each an element, or several comma-separated. */
	@Parameter(property = "govreport.formats", defaultValue = "html,docx,pdf,txt,json")
	private List<String> formats;

	@Parameter(property = "govreport.force", defaultValue = "false")
	private boolean force;

	@Override
	void execute(List<Path> reports) throws MojoExecutionException, MojoFailureException {
		List<DocumentFormat> documentFormats;
		try {
			documentFormats = DocumentFormats.parse(formats);
		} catch (IllegalArgumentException e) {
			throw new MojoExecutionException("govreport: <formats>: " + e.getMessage(), e);
		}
		int refused = 0;
		int failed = 0;
		int written = 0;
		ReportBuilder builder = new ReportBuilder();
		for (Path file : reports) {
			try {
				BuiltReport built = builder.build(file, documentFormats, outputDirectory.toPath(), force);
				built.checked().findings().forEach(finding -> FindingsLog.log(getLog(), finding));
				if (built.refused()) {
					refused++;
					getLog().error("govreport: " + built.refusal());
				}
				written += built.written().size();
			} catch (IOException e) {
				// a report that cannot be read or written must not stop the others
				getLog().error("govreport: " + e.getMessage());
				failed++;
			}
		}
		getLog().info("govreport: " + written + " documents written to " + outputDirectory);
		if (failed > 0) {
			throw new MojoExecutionException("govreport: " + failed + " reports could not be read or their documents written");
		}
		if (refused > 0) {
			throw new MojoFailureException("govreport: " + refused + " reports were not built"
					+ " (reports with errors are built with <force>true</force>)");
		}
	}
}
