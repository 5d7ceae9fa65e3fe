package org.govreport.dsl.ui.product;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The layout a report writer starts with (the IDE product's default perspective): the projects on the left,
 * the report in the middle, its outline on the right and its problems below, and no view nobody asked for.
 */
public class ReportPerspective implements IPerspectiveFactory {
	public static final String ID = "org.govreport.dsl.ui.reportPerspective";
	private static final String NEW_REPORT_WIZARD = "org.govreport.dsl.ui.newReport";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.2f, editors);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.75f, editors);
		layout.addView(IPageLayout.ID_PROBLEM_VIEW, IPageLayout.BOTTOM, 0.75f, editors);
		layout.addNewWizardShortcut(NEW_REPORT_WIZARD);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
	}
}
