package org.govreport.dsl.ui.many;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.govreport.headless.ReportFiles;

/**
 * The reports a Project Explorer selection names (files as selected, folders searched, as the command line
 * reads its arguments) and the folder a result about them is written to: the folder selected first, or the
 * folder of the report selected first.
 */
record SelectedReports(List<Path> files, IContainer folder) {

	/** @throws IOException when a selected folder cannot be listed */
	static SelectedReports of(IStructuredSelection selection) throws IOException {
		List<Path> named = new ArrayList<>();
		IContainer folder = null;
		for (Object element : selection.toList()) {
			IResource resource = Adapters.adapt(element, IResource.class);
			if (resource == null || resource.getLocation() == null) {
				continue;
			}
			if (folder == null) {
				folder = resource instanceof IContainer container ? container : resource.getParent();
			}
			named.add(resource.getLocation().toFile().toPath());
		}
		return new SelectedReports(ReportFiles.find(named), folder);
	}

	/** Where a file of this name is written, on disk. */
	Path place(String fileName) {
		return folder.getLocation().toFile().toPath().resolve(fileName);
	}
}
