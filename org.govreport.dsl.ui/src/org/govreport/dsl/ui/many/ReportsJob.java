package org.govreport.dsl.ui.many;

import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Work on many reports, off the UI thread: reading them takes a while. What it writes is then made known to
 * the workspace, so it appears in the Project Explorer; why it failed is shown in a dialog, since the user
 * started it and waits for it.
 */
abstract class ReportsJob extends Job {
	private final Shell shell;
	protected final SelectedReports selected;

	/** Why nothing was written, in words for the user (files named, with line and column where known). */
	static final class Failure extends Exception {
		private static final long serialVersionUID = 1L;

		Failure(String message) {
			super(message);
		}
	}

	ReportsJob(String title, Shell shell, SelectedReports selected) {
		super(title);
		this.shell = shell;
		this.selected = selected;
		setUser(true);
	}

	/** @return the file written, in the selected folder */
	protected abstract IFile write() throws Failure;

	/** Called on the UI thread once the file is there. */
	protected void written(IFile file) {
	}

	@Override
	protected final IStatus run(IProgressMonitor monitor) {
		try {
			IFile file = write();
			selected.folder().refreshLocal(IResource.DEPTH_ONE, monitor);
			Display.getDefault().asyncExec(() -> written(file));
		} catch (Failure e) {
			Display.getDefault().asyncExec(() -> MessageDialog.openError(shell, getName(), e.getMessage()));
		} catch (CoreException e) {
			return e.getStatus();
		}
		return Status.OK_STATUS;
	}

	/** The file of this name in the selected folder, once the user agreed to replace it if it is there. */
	protected IFile target(String fileName) throws Failure {
		IFile file = selected.folder().getFile(IPath.fromOSString(fileName));
		if (!Files.exists(selected.place(fileName))) {
			return file;
		}
		boolean[] replace = new boolean[1];
		Display.getDefault().syncExec(() -> replace[0] = MessageDialog.openQuestion(shell, getName(),
				file.getFullPath() + " 已存在。替换它吗？"));
		if (!replace[0]) {
			throw new Failure(file.getFullPath() + " 已存在，未替换。");
		}
		return file;
	}
}
