package org.govreport.dsl.ui.wizard;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.govreport.dsl.ui.GovReportLanguage;
import org.govreport.dsl.ui.builder.ReportNature;

/**
 * File → New → govreport Report: a report with every section and table of the chosen template version,
 * opened in the editor; its project gets the report builder.
 */
public class NewReportWizard extends Wizard implements INewWizard {
	private IWorkbench workbench;
	private NewReportPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		page = new NewReportPage(selection, GovReportLanguage.awaitServices());
		setWindowTitle("新建 govreport 报告");
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	/** A folder that does not exist yet is made, its project too: a first report needs no set-up. */
	private static void createFolders(IPath path) throws CoreException {
		var root = ResourcesPlugin.getWorkspace().getRoot();
		IProject project = root.getProject(path.segment(0));
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		for (int i = 2; i <= path.segmentCount(); i++) {
			IFolder folder = root.getFolder(path.uptoSegment(i));
			if (!folder.exists()) {
				folder.create(true, true, null);
			}
		}
	}

	@Override
	public boolean performFinish() {
		var text = GovReportLanguage.awaitServices().skeleton(page.organ(), page.year(), page.templateId(), page.level());
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(page.folderPath().append(page.fileName()));
		try {
			createFolders(page.folderPath());
			file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
			file.setCharset(StandardCharsets.UTF_8.name(), null);
			ReportNature.addTo(file.getProject());
		} catch (CoreException e) {
			page.setErrorMessage("无法创建文件：" + e.getMessage());
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			// The file exists; the user can open it from the Project Explorer.
		}
		return true;
	}
}
