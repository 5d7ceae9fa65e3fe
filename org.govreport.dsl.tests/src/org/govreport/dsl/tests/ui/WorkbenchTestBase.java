package org.govreport.dsl.tests.ui;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh project (named after the test class) in the running workbench for each test, removed after it. */
abstract class WorkbenchTestBase {
	protected IProject project;
	protected IWorkbenchPage page;

	@BeforeEach
	void createProject() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(getClass().getSimpleName());
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void closeEditors() throws CoreException {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}
}
