package org.govreport.dsl.tests.ui;

import static org.govreport.dsl.tests.ui.WorkbenchTesting.createFile;
import static org.govreport.dsl.tests.ui.WorkbenchTesting.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govreport.dsl.tests.Examples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On screen, the {@code |} of every row of a table sit at one pixel column once the report is formatted:
 * measured with {@link StyledText#getLocationAtOffset} in the editor, for every table of every example.
 */
class TableAlignmentTest extends WorkbenchTestBase {
	private static final String REPORT_FONT = "LXGW WenKai Mono";

	static List<Path> examples() throws Exception {
		return Examples.files();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void theBarsOfEveryTableLineUpAfterFormatAndWhenTheFormattedFileIsOpened(Path example) throws Exception {
		IFile file = createFile(project, example.getFileName().toString(), Files.readString(example, StandardCharsets.UTF_8));
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
		StyledText text = textOf(editor);
		ScreenColumns before = ScreenColumns.measure(text);

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.govreport.dsl.ui.format", null);
		ScreenColumns formatted = ScreenColumns.measure(text);
		assertTrue(formatted.misaligned().isEmpty(), example.getFileName() + " after Format: " + formatted.misaligned());
		assertNotEquals(before.misaligned(), formatted.misaligned(), "Format changed nothing on screen");

		editor.doSave(null);
		page.closeAllEditors(false);
		ScreenColumns reopened = ScreenColumns.measure(textOf((ITextEditor) IDE.openEditor(page, file)));
		assertTrue(reopened.misaligned().isEmpty(), example.getFileName() + " reopened: " + reopened.misaligned());
		assertEquals(formatted.tables(), reopened.tables());
	}

	private static StyledText textOf(ITextEditor editor) {
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		waitFor(() -> text.getFont().getFontData()[0].getName(), REPORT_FONT::equals, "the report font");
		return text;
	}
}
