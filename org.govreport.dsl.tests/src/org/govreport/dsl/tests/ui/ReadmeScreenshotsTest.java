package org.govreport.dsl.tests.ui;

import static org.govreport.dsl.tests.ui.WorkbenchTesting.createFile;
import static org.govreport.dsl.tests.ui.WorkbenchTesting.markersOf;
import static org.govreport.dsl.tests.ui.WorkbenchTesting.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govreport.dsl.tests.Examples;
import org.govreport.dsl.ui.product.ReportPerspective;
import org.junit.jupiter.api.Test;

/**
 * The two pictures of README (docs/eclipse-*.png are copies of what this test saves under target/screenshots):
 * an example report with a wrong total, marked in the editor and listed in the Problems view, and the hover
 * on that total, in a maximised window, the hover whole on the screen.
 */
class ReadmeScreenshotsTest extends WorkbenchTestBase {
	private static final String ROW = "一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | ";

	@Test
	void aWrongTotalIsMarkedAndItsHoverIsShownWhole() throws Exception {
		Shell window = page.getWorkbenchWindow().getShell();
		Rectangle screen = window.getDisplay().getPrimaryMonitor().getClientArea();
		WorkbenchTesting.maximise(window);
		PlatformUI.getWorkbench().showPerspective(ReportPerspective.ID, page.getWorkbenchWindow());

		String example = Files.readString(example("八桥镇-2020.govreport"));
		assertTrue(example.contains(ROW + "1\n"), "the example's row changed: update this test");
		String text = example.replace(ROW + "1\n", ROW + "2\n");
		IFile file = createFile(project, "八桥镇-2020.govreport", text);
		var editor = (ITextEditor) IDE.openEditor(page, file);
		int total = text.indexOf(ROW) + ROW.length();
		IMarker marker = waitFor(() -> markerAt(file, total), found -> found != null, "the marker on the wrong total");
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		WorkbenchTesting.build(); // the Problems view lists markers once a build has run
		editor.selectAndReveal(total, 1);
		var editorText = (StyledText) editor.getAdapter(Control.class);
		editorText.setTopIndex(Math.max(0, editorText.getLineAtOffset(total) - 8));
		Path folder = Files.createDirectories(Path.of("target/screenshots"));
		var problems = (StructuredViewer) page.findView(IPageLayout.ID_PROBLEM_VIEW)
				.getSite().getSelectionProvider();
		waitFor(() -> ((Tree) problems.getControl()).getItemCount(), count -> count > 0,
				"the problem in the Problems view");
		((AbstractTreeViewer) problems).expandAll();
		HoverOnScreen.saveScreen(window.getDisplay(), folder.resolve("eclipse-error-marker.png").toString());

		StyledText hover = HoverOnScreen.hoverAt(editor, editorText, total);
		HoverOnScreen.saveScreen(window.getDisplay(), folder.resolve("eclipse-hover.png").toString());
		Rectangle shown = hover.getShell().getBounds();
		assertTrue(screen.contains(shown.x, shown.y) && screen.contains(shown.x + shown.width - 1, shown.y + shown.height - 1),
				"the hover " + shown + " is not whole on the screen " + screen);
		assertTrue(hover.getText().contains("总计"), hover.getText());
		hover.getShell().dispose();
	}

	private static IMarker markerAt(IFile file, int offset) {
		for (IMarker marker : markersOf(file)) {
			if (marker.getAttribute(IMarker.CHAR_START, -1) == offset) {
				return marker;
			}
		}
		return null;
	}

	private static Path example(String name) throws Exception {
		return Examples.files().stream().filter(path -> path.getFileName().toString().equals(name)).findFirst()
				.orElseThrow();
	}
}
