package org.govreport.dsl.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.govreport.dsl.model.PreviousReports;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.SourceLinesReader;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads last year's report for the cross-year rules. It is parsed and assembled in a resource set of
 * its own, so it never joins (or re-validates with) this year's.
 */
public class PreviousReportLoader {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** @return last year's report, or null when there is none (which is not an error) */
	public Report load(Resource current, Report report) {
		return localPath(current).flatMap(file -> PreviousReports.locate(file, report)).map(this::assemble)
				.orElse(null);
	}

	private Report assemble(Path file) {
		XtextResource resource = (XtextResource) resourceSets.get()
				.createResource(URI.createFileURI(file.toString()));
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			return null;
		}
		if (resource.getContents().isEmpty()) {
			return null;
		}
		org.govreport.dsl.govReport.Report parsed = (org.govreport.dsl.govReport.Report) resource.getContents().get(0);
		return ReportAssembler.assemble(SourceLinesReader.read(parsed), file.getFileName().toString()).report();
	}

	private static Optional<Path> localPath(Resource resource) {
		if (resource == null || resource.getURI() == null) {
			return Optional.empty();
		}
		URI local = resource.getURI().isPlatformResource() ? CommonPlugin.asLocalURI(resource.getURI())
				: resource.getURI();
		return local.isFile() ? Optional.of(Paths.get(local.toFileString())) : Optional.empty();
	}
}
