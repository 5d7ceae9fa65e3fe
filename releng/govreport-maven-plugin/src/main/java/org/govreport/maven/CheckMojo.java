package org.govreport.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.govreport.headless.AtomicFiles;
import org.govreport.headless.CheckSummary;
import org.govreport.headless.CheckedReport;
import org.govreport.headless.FindingsFormat;
import org.govreport.headless.ReportValidator;

/**
 * Checks every report under the source folder, as {@code govreport check} does, and fails the build on
 * an error (or, when {@code strict}, on a warning). Findings are logged gcc-style, one a line.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends ReportsMojo {

	@Parameter(property = "govreport.strict", defaultValue = "false")
	private boolean strict;

	/**
	 * The findings are also written here as SARIF 2.1.0 (files named relative to the project), for code
	 * scanning in CI.
	 */
	@Parameter(property = "govreport.sarifFile", defaultValue = "${project.build.directory}/govreport-findings.sarif")
	private File sarifFile;

	@Parameter(defaultValue = "${project.basedir}", readonly = true)
	private File basedir;

	@Override
	void execute(List<Path> reports) throws MojoExecutionException, MojoFailureException {
		List<CheckedReport> checked = new ArrayList<>();
		int unreadable = 0;
		ReportValidator validator = new ReportValidator();
		for (Path file : reports) {
			try {
				CheckedReport report = validator.check(file);
				report.findings().forEach(finding -> FindingsLog.log(getLog(), finding));
				checked.add(report);
			} catch (IOException e) {
				// one unreadable report must not hide the findings of the others
				getLog().error("govreport: " + e.getMessage());
				unreadable++;
			}
		}
		writeSarif(checked);
		if (unreadable > 0) {
			throw new MojoExecutionException("govreport: " + unreadable + " reports could not be read");
		}
		CheckSummary summary = CheckSummary.of(checked);
		getLog().info("govreport: " + summary.files() + " reports checked, " + summary.errors() + " errors, "
				+ summary.warnings() + " warnings");
		if (summary.fails(strict)) {
			throw new MojoFailureException("govreport: " + summary.errors() + " errors and " + summary.warnings()
					+ " warnings in " + sourceDirectory() + (strict ? " (strict: warnings fail too)" : ""));
		}
	}

	private void writeSarif(List<CheckedReport> checked) throws MojoExecutionException {
		StringWriter sarif = new StringWriter();
		try (PrintWriter out = new PrintWriter(sarif)) {
			FindingsFormat.SARIF.print(checked.stream().map(report -> report.relativeTo(basedir.toPath())).toList(), out);
		}
		try {
			AtomicFiles.write(sarifFile.toPath(), sarif.toString());
		} catch (IOException e) {
			throw new MojoExecutionException("govreport: cannot write " + sarifFile + ": " + e.getMessage(), e);
		}
	}
}
