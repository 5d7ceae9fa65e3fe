package org.govreport.dsl.tests.ui;

import static org.govreport.dsl.tests.ui.WorkbenchTesting.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.e4.ui.model.application.ui.advanced.MArea;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.PlatformUI;
import org.govreport.dsl.ui.product.ReportPerspective;
import org.junit.jupiter.api.Test;

/**
 * The layout the IDE product starts with (its default perspective): Project Explorer, the editor, Outline
 * and Problems, each shown, no other view, and no view stack without a view in it.
 */
class ReportPerspectiveTest extends WorkbenchTestBase {

	@Test
	void theReportPerspectiveShowsTheFourPartsAndNoEmptyStack() throws Exception {
		var window = page.getWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(ReportPerspective.ID, window);
		page.resetPerspective(); // as on a first start, whatever earlier tests opened
		long reset = System.currentTimeMillis();
		waitFor(System::currentTimeMillis, now -> now > reset + 1000, "the workbench to settle (empty stacks are removed later)");

		Set<String> views = new TreeSet<>(Arrays.stream(page.getViewReferences()).map(IViewReference::getId).toList());
		assertEquals(new TreeSet<>(List.of(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROBLEM_VIEW)),
				views);
		for (IViewReference view : page.getViewReferences()) {
			assertTrue(page.isPartVisible(view.getPart(true)), view.getId() + " is hidden");
		}
		assertTrue(page.isEditorAreaVisible(), "the editor area");

		EModelService models = window.getService(EModelService.class);
		var perspective = models.getActivePerspective(window.getService(MWindow.class));
		assertEquals(ReportPerspective.ID, perspective.getElementId());
		for (MPartStack stack : models.findElements(perspective, null, MPartStack.class)) {
			// the editor area's stack is empty until a report is opened: it is the editor area, not a view stack
			if (stack.isToBeRendered() && stack.isVisible() && !stack.getTags().contains("EditorStack")
					&& !((Object) stack.getParent() instanceof MArea)) {
				assertTrue(stack.getChildren().stream().anyMatch(part -> part.isToBeRendered()),
						"an empty view stack: " + stack.getElementId() + " in " + stack.getParent().getElementId() + " holding "
								+ stack.getChildren().stream().map(part -> part.getElementId() + "/" + part.isToBeRendered()).toList()
								+ ", shown " + (stack.getWidget() instanceof Control control && control.isVisible()));
			}
		}
	}
}
