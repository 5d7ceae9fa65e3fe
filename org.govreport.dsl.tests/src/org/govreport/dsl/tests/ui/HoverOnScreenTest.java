package org.govreport.dsl.tests.ui;

import static org.govreport.dsl.tests.ui.WorkbenchTesting.createFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/**
 * The hover as it is drawn: on a cell without a problem the Generic Editor shows our hover alone, in the
 * control that hover names, and that is where its markup once showed raw.
 */
class HoverOnScreenTest extends WorkbenchTestBase {

	@Test
	void aCleanCellsHoverIsFormattedTextOnSeveralLines() throws CoreException, ReflectiveOperationException {
		var file = createFile(project, "江城镇-2021.govreport", ReportEditorTest.REPORT);
		var editor = (ITextEditor) IDE.openEditor(page, file);
		var editorText = (StyledText) editor.getAdapter(Control.class);
		int total = ReportEditorTest.REPORT.indexOf("| 13") + 2;

		StyledText shown = HoverOnScreen.hoverAt(editor, editorText, total);

		String text = shown.getText();
		assertFalse(text.contains("<"), "markup shown as text: " + text);
		assertEquals(List.of("行政复议 总计：13", "R4：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结", "5 + 7 + 0 + 1 = 13 ✓"),
				Arrays.stream(text.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList());
		StyleRange title = shown.getStyleRangeAtOffset(text.indexOf("行政复议 总计"));
		assertTrue(title != null && (title.fontStyle & SWT.BOLD) != 0, "the cell's name is bold");
		var hoverShell = shown.getShell().getBounds();
		assertTrue(hoverShell.width < editorText.getDisplay().getBounds().width / 2, "the hover is wrapped, not " + hoverShell);
		HoverOnScreen.saveScreen(editorText.getDisplay(), "target/hover-clean-cell.png");
		shown.getShell().dispose();
	}
}
