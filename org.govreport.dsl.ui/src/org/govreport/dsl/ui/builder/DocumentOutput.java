package org.govreport.dsl.ui.builder;

import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.govreport.dsl.ui.GovReportLanguage;

/** Writes a report's documents, in the project's formats, into the project's output folder. */
final class DocumentOutput {
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
			GovReportLanguage.awaitServices().writeDocuments(uri, text, ReportBuildSettings.formats(project),
					folder.getLocation().toFile().toPath());
			return Optional.empty();
		} catch (CoreException | java.io.IOException | RuntimeException e) {
			return Optional.of("文档未写出：" + e.getMessage());
		}
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
