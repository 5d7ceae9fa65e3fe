package org.govreport.dsl.ui.validation;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.govreport.dsl.ui.builder.ReportNature;

/**
 * A project whose report is open in the editor gets the report nature, so that saving checks every
 * report of it (and writes documents) even when the project was not made by the wizard.
 */
final class ReportNatures {

	private ReportNatures() {
	}

	static void ensureOn(IProject project) {
		try {
			if (!project.isOpen() || project.hasNature(ReportNature.ID)) {
				return;
			}
		} catch (CoreException e) {
			return;
		}
		var job = new WorkspaceJob("govreport: add the report builder to " + project.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				ReportNature.addTo(project);
				return Status.OK_STATUS;
			}
		};
		job.setRule(project.getWorkspace().getRoot());
		job.setSystem(true);
		job.schedule();
	}
}
