package org.govreport.dsl.ui.problems;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** Gives every Problems view, open now or later, in any window, our messages as tooltips. */
public class ProblemsViewStartup implements IStartup, IPartListener2, IWindowListener {

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			workbench.addWindowListener(this);
			for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
				windowOpened(window);
			}
		});
	}

	@Override
	public void windowOpened(IWorkbenchWindow window) {
		window.getPartService().addPartListener(this);
		for (var page : window.getPages()) {
			for (var view : page.getViewReferences()) {
				partOpened(view);
			}
		}
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		if (IPageLayout.ID_PROBLEM_VIEW.equals(reference.getId()) && reference.getPart(false) instanceof IViewPart view) {
			ProblemTooltips.install(view);
		}
	}

	@Override
	public void partVisible(IWorkbenchPartReference reference) {
		partOpened(reference);
	}

	@Override
	public void windowActivated(IWorkbenchWindow window) {
	}

	@Override
	public void windowDeactivated(IWorkbenchWindow window) {
	}

	@Override
	public void windowClosed(IWorkbenchWindow window) {
	}
}
