package org.govreport.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.govreport.headless.NativeNames;
import org.govreport.headless.ReportFiles;

/** What the goals share: where the reports are, and a way to skip. */
abstract class ReportsMojo extends AbstractMojo {

	@Parameter(property = "govreport.sourceDirectory", defaultValue = "${project.basedir}/src/main/govreport")
	private File sourceDirectory;

	@Parameter(property = "govreport.skip", defaultValue = "false")
	private boolean skip;

	@Override
	public final void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("govreport: skipped");
			return;
		}
		List<Path> reports;
		try {
			reports = ReportFiles.find(List.of(sourceDirectory.toPath()));
		} catch (InvalidPathException e) {
			throw new MojoExecutionException("govreport: " + NativeNames.ADVICE + " (before mvn)", e);
		} catch (IOException e) {
			throw new MojoExecutionException("govreport: " + e.getMessage(), e);
		}
		// Maven's own JVM cannot be restarted under another locale: stop before the first name is misread
		if (!NativeNames.representable(reports)) {
			throw new MojoExecutionException("govreport: " + NativeNames.ADVICE + " (before mvn)");
		}
		execute(reports);
	}

	/** Runs the goal on the reports found under the source folder. */
	abstract void execute(List<Path> reports) throws MojoExecutionException, MojoFailureException;

	File sourceDirectory() {
		return sourceDirectory;
	}
}
