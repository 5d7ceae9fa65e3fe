package org.govreport.dsl.tests.ui;

import static org.govreport.dsl.tests.ui.WorkbenchTesting.createFile;
import static org.govreport.dsl.tests.ui.WorkbenchTesting.markersOf;
import static org.govreport.dsl.tests.ui.WorkbenchTesting.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govreport.dsl.ui.builder.ReportNature;
import org.govreport.dsl.ui.hover.GovReportTextHover;
import org.govreport.dsl.ui.validation.ProblemMarkers;
import org.govreport.dsl.ui.wizard.NewReportWizard;
import org.junit.jupiter.api.Test;


/** The editor a report writer lives in, driven as the writer would, in a real workbench. */
class ReportEditorTest extends WorkbenchTestBase {
	private static final String BALANCE_R4 = "govreport.balance.R4";
	static final String REPORT = """
			机关：江城镇
			年度：2021
			层级：乡镇
			一、总体情况
			\"""概况。\"""
			二、主动公开政府信息情况
			第二十条第（六）项 | 本年处理决定数量
			行政处罚 | 3
			三、收到和处理政府信息公开申请情况
			四、政府信息公开行政复议、行政诉讼情况
			| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
			行政复议 | 5 | 7 | 0 | 1 | 13
			五、存在的主要问题及改进情况
			\"""无。\"""
			六、其他需要报告的事项
			\"""无。\"""
			""";
	static final String UNBALANCED = REPORT.replace("| 1 | 13", "| 1 | 12");

	@Test
	void aBalancingErrorIsMarkedAsOneTypesAndClearsWhenFixed() throws CoreException {
		IFile file = createFile(project, "江城镇-2021.govreport", REPORT);
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
		IDocument document = document(editor);
		document.set(UNBALANCED);
		IMarker marker = waitFor(() -> marker(file, BALANCE_R4), found -> found != null, "the R4 marker");
		assertEquals("行政复议 总计 应为 13（= 结果维持 5 + 结果纠正 7 + 尚未审结 1），实为 12，少 1",
				marker.getAttribute(IMarker.MESSAGE, ""));
		assertEquals(UNBALANCED.indexOf("12"), marker.getAttribute(IMarker.CHAR_START, -1));

		document.set(REPORT);
		waitFor(() -> marker(file, BALANCE_R4), found -> found == null, "the R4 marker to go");
	}

	@Test
	void contentAssistOffersTheRowsNotYetWrittenOfTheTableAtTheCursor() throws CoreException {
		String text = REPORT.replace("行政处罚 | 3\n", "行政处罚 | 3\n\n");
		IFile file = createFile(project, "江城镇-2021.govreport", text);
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
		editor.selectAndReveal(text.indexOf("行政处罚 | 3\n") + "行政处罚 | 3\n".length(), 0);
		editor.getAdapter(ITextOperationTarget.class).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);

		List<String> shown = waitFor(WorkbenchTesting::proposalsOnScreen,
				items -> !items.isEmpty() && items.stream().noneMatch(item -> item.startsWith("Computing")), "proposals on screen");
		assertEquals("行政强制", shown.get(0), shown::toString);
		assertFalse(shown.contains("行政处罚"), "a row already written is not offered again: " + shown);
	}

	@Test
	void theQuickFixSetsTheTotalAndTheMarkerGoes() throws CoreException {
		IFile file = createFile(project, "江城镇-2021.govreport", UNBALANCED);
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
		IMarker marker = waitFor(() -> marker(file, BALANCE_R4), found -> found != null, "the R4 marker");

		var resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals("改为计算值 13", String.join("\n", Arrays.stream(resolutions).map(r -> r.getLabel()).toList()));
		resolutions[0].run(marker);

		assertEquals(REPORT, document(editor).get());
		waitFor(() -> marker(file, BALANCE_R4), found -> found == null, "the R4 marker to go");
	}

	@Test
	void hoverOnATotalShowsTheRuleWorkedOut() throws CoreException {
		IFile file = createFile(project, "江城镇-2021.govreport", UNBALANCED);
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		var hover = new GovReportTextHover();
		String info = waitFor(() -> hover.getHoverInfo(viewer, new Region(UNBALANCED.indexOf("| 12") + 2, 0)),
				found -> found != null, "the hover");
		assertEquals("<b>行政复议 总计</b>：12<p>R4：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结<br>"
				+ "5 + 7 + 0 + 1 = 13  ✗ 填写的是 12", info);
	}

	@Test
	void ctrlShiftFFormatsAsTheCommandLineDoes() throws Exception {
		IFile file = createFile(project, "江城镇-2021.govreport", "机关 : 江城镇\n年度：2021\n行政复议|5|7\n行政诉讼 | 10 | 0\n");
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.govreport.dsl.ui.format", null);
		assertEquals("机关：江城镇\n年度：2021\n行政复议 |  5 | 7\n行政诉讼 | 10 | 0\n", document(editor).get());
	}

	@Test
	void theWizardWritesTheSkeletonOfTheChosenTemplate() throws CoreException {
		var wizard = new NewReportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		var dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			var texts = widgets(dialog.getShell(), Text.class);
			texts.get(1).setText("江城镇");
			widgets(dialog.getShell(), Spinner.class).get(0).setSelection(2021);
			var finish = widgets(dialog.getShell(), Button.class).stream().filter(b -> b.getText().contains("Finish"))
					.findFirst().orElseThrow();
			finish.notifyListeners(SWT.Selection, null);
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
		}
		IFile created = project.getFile("江城镇-2021.govreport");
		assertTrue(created.exists(), "the wizard's file");
		String text = read(created);
		assertEquals("# 江城镇 2021 年度报告，格式依据 国办公开办函〔2021〕30号\n机关：江城镇\n年度：2021\n格式：2021-30\n层级：乡镇\n",
				text.substring(0, text.indexOf("\n\n") + 1));
		assertTrue(project.hasNature(ReportNature.ID), "the project gets the report builder");
		assertEquals("", String.join("\n", Arrays.stream(WorkbenchTesting.problemMarkersOf(created))
				.map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList()), "the skeleton is clean");
	}

	@Test
	void onSaveTheBuilderWritesDocumentsOfCleanReportsOnly() throws CoreException {
		ReportNature.addTo(project);
		IFile clean = createFile(project, "江城镇-2021.govreport", REPORT);
		IFile broken = createFile(project, "八桥镇-2021.govreport", UNBALANCED.replace("江城镇", "八桥镇"));
		waitForBuild();
		assertEquals("八桥镇-2021.govreport: " + BALANCE_R4, String.join("\n", Arrays.stream(WorkbenchTesting.problemMarkersOf(broken))
				.map(m -> broken.getName() + ": " + m.getAttribute(ProblemMarkers.CODE, "")).toList()));
		var documents = project.getFolder("documents");
		var written = waitFor(() -> names(documents), found -> !found.isEmpty(), "documents");
		assertEquals(List.of("江城镇-2021.html"), written);
		assertTrue(clean.exists());
	}

	@Test
	void changingLastYearsReportRechecksThisYears() throws CoreException {
		ReportNature.addTo(project);
		String lastYear = REPORT.replace("年度：2021", "年度：2020").replace("三、收到和处理政府信息公开申请情况\n",
				"三、收到和处理政府信息公开申请情况\n申请人情况 | 自然人 | 总计\n一、本年新收政府信息公开申请数量 | 2 | 2\n四、结转下年度继续办理 | 2 | 2\n");
		IFile previous = createFile(project, "江城镇-2020.govreport", lastYear);
		IFile current = createFile(project, "江城镇-2021.govreport", REPORT.replace("三、收到和处理政府信息公开申请情况\n",
				"三、收到和处理政府信息公开申请情况\n申请人情况 | 自然人 | 总计\n二、上年结转政府信息公开申请数量 | 2 | 2\n一、本年新收政府信息公开申请数量 | 0 | 0\n（一）予以公开 | 2 | 2\n"));
		waitForBuild();
		assertEquals("", codes(current));

		previous.setContents(new ByteArrayInputStream(lastYear.replace("| 2 | 2", "| 3 | 3").getBytes(StandardCharsets.UTF_8)),
				true, true, null);
		waitForBuild();
		assertTrue(codes(current).contains("govreport.crossYear.R8"), codes(current));
	}

	private static String codes(IFile file) {
		return String.join("\n", Arrays.stream(markersOf(file)).map(m -> m.getAttribute(ProblemMarkers.CODE, "")).toList());
	}

	private static List<String> names(org.eclipse.core.resources.IFolder folder) {
		try {
			folder.refreshLocal(IResource.DEPTH_ONE, null);
			return folder.exists() ? Arrays.stream(folder.members()).map(IResource::getName).sorted().toList() : List.of();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void waitForBuild() {
		try {
			ResourcesPlugin.getWorkspace().build(org.eclipse.core.resources.IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private static <T extends Control> List<T> widgets(Composite root, Class<T> type) {
		var found = new ArrayList<T>();
		for (Control child : root.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(widgets(composite, type));
			}
		}
		return found;
	}

	private static String read(IFile file) throws CoreException {
		try (var in = file.getContents()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private static IMarker marker(IFile file, String code) {
		return Arrays.stream(markersOf(file)).filter(m -> code.equals(m.getAttribute(ProblemMarkers.CODE, ""))).findFirst()
				.orElse(null);
	}
}
