package org.govreport.dsl.tests.ui;

import static org.govreport.dsl.tests.ui.WorkbenchTesting.createFile;
import static org.govreport.dsl.tests.ui.WorkbenchTesting.markersOf;
import static org.govreport.dsl.tests.ui.WorkbenchTesting.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govreport.dsl.ui.validation.ProblemMarkers;
import org.junit.jupiter.api.Test;


/** Opens .govreport files in a real workbench, as a user would, and looks at what the user would see. */
class GenericEditorTest extends WorkbenchTestBase {

	private static final String VALID_REPORT = """
			机关：江城镇
			年度：2021
			一、总体情况
			\"""概况。\"""
			二、主动公开政府信息情况
			规章 | 0 | 5 | 6
			三、收到和处理政府信息公开申请情况
			四、政府信息公开行政复议、行政诉讼情况
			五、存在的主要问题及改进情况
			\"""无。\"""
			六、其他需要报告的事项
			\"""无。\"""
			""";
	@Test
	void aReportOpensInTheGenericEditorAndASyntaxErrorBecomesAMarker() throws CoreException {
		String text = VALID_REPORT.replace("年度：2021", "年度 2021");
		IFile file = createFile(project, "bad.govreport", text);
		IEditorPart editor = IDE.openEditor(page, file);
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId());

		IMarker[] markers = waitFor(() -> markersOf(file), found -> found.length > 0, "a problem marker");
		IMarker syntaxError = Arrays.stream(markers)
				.filter(marker -> marker.getAttribute(ProblemMarkers.CODE, "").endsWith("Diagnostic.Syntax")).findFirst()
				.orElseThrow(() -> new AssertionError(Arrays.toString(markers)));
		assertEquals(IMarker.SEVERITY_ERROR, syntaxError.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(2, syntaxError.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(text.indexOf("2021"), syntaxError.getAttribute(IMarker.CHAR_START, -1));
	}

	@Test
	void aWrongCellGetsAMarkerAndFixingItClearsTheMarker() throws CoreException {
		IFile file = createFile(project, "fixed.govreport", VALID_REPORT.replace("5 | 6", "5 6"));
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
		waitFor(() -> markersOf(file), found -> found.length > 0, "a problem marker");

		editor.getDocumentProvider().getDocument(editor.getEditorInput()).set(VALID_REPORT);
		waitFor(() -> WorkbenchTesting.problemMarkersOf(file), found -> found.length == 0, "the marker to go");
	}

	@Test
	void contentAssistProposesTheHeaderKeywords() throws CoreException {
		IFile file = createFile(project, "new.govreport", "机关：江城镇\n");
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
		editor.selectAndReveal("机关：江城镇\n".length(), 0);
		ITextOperationTarget viewer = editor.getAdapter(ITextOperationTarget.class);
		viewer.doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);

		List<String> shown = waitFor(WorkbenchTesting::proposalsOnScreen, items -> items.contains("年度"),
				"年度 among the proposals on screen");
		assertTrue(shown.containsAll(List.of("年度", "格式", "层级")), shown::toString);
	}

	@Test
	void aFileOutsideTheWorkspaceShowsItsProblemsAsAnnotations() throws Exception {
		java.nio.file.Path outside = java.nio.file.Files.createTempFile("outside", ".govreport");
		java.nio.file.Files.writeString(outside, VALID_REPORT.replace("年度：2021", "年度 2021"));
		ITextEditor editor = (ITextEditor) IDE.openEditorOnFileStore(page,
				EFS.getLocalFileSystem().getStore(outside.toUri()));
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);

		List<String> shown = waitFor(() -> annotationTexts(viewer.getAnnotationModel()),
				texts -> texts.stream().anyMatch(text -> text.contains("2021")), "a syntax-error annotation");
		assertTrue(shown.stream().anyMatch(text -> text.contains("2021")), shown::toString);
		java.nio.file.Files.delete(outside);
	}

	private static List<String> annotationTexts(IAnnotationModel model) {
		List<String> texts = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(annotation -> {
			if (annotation.getType().startsWith("org.eclipse.ui.workbench.texteditor.")) {
				texts.add(annotation.getText());
			}
		});
		return texts;
	}
}
