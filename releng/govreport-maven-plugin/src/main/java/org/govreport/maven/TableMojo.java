package org.govreport.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.govreport.headless.FiguresTable;

/**
 * Writes the figures of every report under the source folder, one row each, as a workbook (.xlsx) or
 * CSV, as {@code govreport table} does; not bound to a phase.
 */
@Mojo(name = "table", threadSafe = true)
public class TableMojo extends ReportsMojo {

	/** .xlsx or .csv. */
	@Parameter(property = "govreport.tableFile", defaultValue = "${project.build.directory}/govreport/reports.xlsx")
	private File tableFile;

	@Override
	void execute(List<Path> reports) throws MojoExecutionException {
		try {
			FiguresTable.Format.of(tableFile.toPath());
			var written = new FiguresTable().write(reports, tableFile.toPath());
			getLog().info("govreport: wrote " + tableFile + ": " + written.summary());
		} catch (IllegalArgumentException e) {
			throw new MojoExecutionException("govreport: <tableFile>: " + e.getMessage(), e);
		} catch (IOException e) {
			throw new MojoExecutionException("govreport: " + e.getMessage(), e);
		}
	}
}
