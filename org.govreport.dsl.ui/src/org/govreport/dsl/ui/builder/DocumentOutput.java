package org.govreport.dsl.ui.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.govreport.documents.Documents;
import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.generator.DocumentWriter;
import org.govreport.dsl.ui.GovReportLanguage;

/** Writes a report's documents, in the project's formats, into the project's output folder. */
final class DocumentOutput {
	private static final DocumentWriter WRITER = new DocumentWriter(Documents::renderer);

	private final IFolder folder;
	private final IProject project;

	DocumentOutput(IProject project) {
		this.project = project;
		this.folder = project.getFolder(ReportBuildSettings.outputFolder(project));
	}

	/** @return why writing failed, if it did */
	Optional<String> write(IFile file, String text) {
		try {
			if (!folder.exists()) {
				folder.create(IResource.FORCE | IResource.DERIVED, true, null);
			}
			var uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
			var report = GovReportLanguage.awaitServices().report(uri, text);
			WRITER.write(report, formats(ReportBuildSettings.formats(project)), folder.getLocation().toFile().toPath());
			return Optional.empty();
		} catch (CoreException | java.io.IOException | RuntimeException e) {
			return Optional.of("文档未写出：" + e.getMessage());
		}
	}

	private static List<DocumentFormat> formats(List<String> names) {
		var formats = new ArrayList<DocumentFormat>();
		for (String name : names) {
			formats.add(DocumentFormat.named(name).orElseThrow(() -> new IllegalArgumentException("未知的文档格式“" + name
					+ "”，可用：" + String.join("、", Arrays.stream(DocumentFormat.values()).map(DocumentFormat::extension).toList()))));
		}
		return formats;
	}

	void refresh() throws CoreException {
		if (folder.exists()) {
			folder.refreshLocal(IResource.DEPTH_ONE, null);
			for (IResource member : folder.members()) {
				member.setDerived(true, null);
			}
		}
	}
}
