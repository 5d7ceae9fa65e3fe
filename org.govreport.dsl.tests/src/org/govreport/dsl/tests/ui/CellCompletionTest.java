package org.govreport.dsl.tests.ui;

import static org.govreport.dsl.tests.ui.WorkbenchTesting.createFile;
import static org.govreport.dsl.tests.ui.WorkbenchTesting.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govreport.dsl.ui.contentassist.GovReportCompletionProcessor;
import org.junit.jupiter.api.Test;

/**
 * Completion in a table cell of the Eclipse editor: what {@link GovReportCompletionProcessor} offers
 * there, and the text accepting it leaves in the document.
 */
class CellCompletionTest extends WorkbenchTestBase {
	private static final String ROW = "行政复议 | 1 | 0 | 0 | 0 | ";

	@Test
	void acceptingATotalsValueReplacesTheFigureTheCellHolds() throws CoreException {
		String text = ReportEditorTest.REPORT.replace("行政复议 | 5 | 7 | 0 | 1 | 13", ROW + "0");
		ITextViewer viewer = open(text);
		ICompletionProposal[] proposals = new GovReportCompletionProcessor().computeCompletionProposals(viewer,
				text.indexOf(ROW) + ROW.length());

		assertEquals(List.of("1 + 0 + 0 + 0 = 1"), Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList());
		proposals[0].apply(viewer.getDocument());
		assertEquals(text.replace(ROW + "0", ROW + "1"), viewer.getDocument().get());
	}

	@Test
	void rightAfterTheSeparatorTheValueComesWithTheFilesSpace() throws CoreException {
		String typed = ROW.stripTrailing();
		String text = ReportEditorTest.REPORT.replace("行政复议 | 5 | 7 | 0 | 1 | 13", typed);
		ITextViewer viewer = open(text);
		ICompletionProposal[] proposals = new GovReportCompletionProcessor().computeCompletionProposals(viewer,
				text.indexOf(typed) + typed.length());

		proposals[0].apply(viewer.getDocument());
		assertEquals(text.replace(typed, ROW + "1"), viewer.getDocument().get());
	}

	@Test
	void ctrlSpaceInAnOrdinaryCellShowsZero() throws CoreException {
		String row = "行政复议 | ";
		String text = ReportEditorTest.REPORT.replace("行政复议 | 5 | 7 | 0 | 1 | 13", row);
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, createFile(project, "江城镇-2021.govreport", text));
		editor.selectAndReveal(text.indexOf(row) + row.length(), 0);
		editor.getAdapter(ITextOperationTarget.class).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);

		List<String> shown = waitFor(WorkbenchTesting::proposalsOnScreen,
				items -> !items.isEmpty() && items.stream().noneMatch(item -> item.startsWith("Computing")), "proposals on screen");
		assertEquals(List.of("0"), shown);
	}

	@Test
	void theServersTriggerCharactersOpenCompletionInTheEditorToo() {
		assertEquals("|｜： ", new String(new GovReportCompletionProcessor().getCompletionProposalAutoActivationCharacters()));
	}

	private ITextViewer open(String text) throws CoreException {
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, createFile(project, "江城镇-2021.govreport", text));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		assertEquals(text, document.get());
		return (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
	}
}
