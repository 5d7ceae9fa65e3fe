package org.govreport.dsl.tests.ui;

import static org.govreport.dsl.tests.ui.WorkbenchTesting.createFile;
import static org.govreport.dsl.tests.ui.WorkbenchTesting.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.govreport.dsl.tests.Examples;
import org.junit.jupiter.api.Test;

/**
 * The Project Explorer's menu on a folder of reports or on reports: "汇总所选报告" writes the summed report
 * into the project, "导出汇总表" the workbook; a report with errors is refused with each error's place.
 */
class ProjectExplorerReportsTest extends WorkbenchTestBase {
	private static final String SUM = "汇总所选报告";
	private static final String TABLE = "导出汇总表";
	private static final String ORGAN = "某某县人民政府办公室";

	@Test
	void theFolderOfFourReportsIsSummedIntoAReportOfTheOrganNamed() throws Exception {
		IFolder folder = folderOfExamples();
		CompletableFuture<String> asked = Dialogs.whenShown(SUM, dialog -> {
			Dialogs.type(dialog, ORGAN);
			Dialogs.press(dialog, IDialogConstants.OK_LABEL);
		});
		choose(SUM, folder);

		assertTrue(asked.get().contains("汇总机关的名称"), asked.get());
		IFile summed = folder.getFile(ORGAN + "-2020.govreport");
		waitFor(summed::exists, exists -> exists, summed + " in the workspace");
		String text = Files.readString(summed.getLocation().toFile().toPath());
		assertTrue(text.contains("机关：" + ORGAN), text);
		assertTrue(text.contains("年度：2020"), text);
		assertTrue(text.contains("# 汇总自：三江乡-2020.govreport\n"), "inputs named from the folder: " + text);
		waitFor(() -> page.getActiveEditor() == null ? "" : page.getActiveEditor().getTitle(), summed.getName()::equals,
				"the summed report open in the editor");
	}

	@Test
	void theWorkbookHasARowForEachSelectedReport() throws Exception {
		IFolder folder = folderOfExamples();
		List<IResource> reports = Arrays.asList(folder.members());
		choose(TABLE, reports.toArray());

		IFile workbook = folder.getFile("汇总表.xlsx");
		waitFor(workbook::exists, exists -> exists, workbook + " in the workspace");
		Set<String> organs = new TreeSet<>();
		try (var book = new XSSFWorkbook(workbook.getLocation().toFile())) {
			Sheet sheet = book.getSheet("表二");
			for (int row = 2; row < 2 + reports.size(); row++) {
				organs.add(sheet.getRow(row).getCell(0).getStringCellValue());
			}
		}
		assertEquals(organsOf(folder), organs);
	}

	@Test
	void aReportWithAnErrorIsRefusedNamingFileLineAndColumn() throws Exception {
		IFile clean = createFile(project, "甲-2021.govreport", ReportEditorTest.REPORT.replace("江城镇", "甲"));
		IFile wrong = createFile(project, "乙-2021.govreport", ReportEditorTest.UNBALANCED.replace("江城镇", "乙"));
		Dialogs.whenShown(SUM, dialog -> {
			Dialogs.type(dialog, ORGAN);
			Dialogs.press(dialog, IDialogConstants.OK_LABEL);
			refusal = Dialogs.whenShown(SUM, Dialogs::close);
		});
		choose(SUM, clean, wrong);

		String shown = waitFor(() -> refusal == null ? null : refusal.getNow(null), text -> text != null, "the refusal");
		String line = "行政复议 | 5 | 7 | 0 | 1 | 12";
		int column = line.indexOf("12") + 1;
		assertTrue(shown.contains("乙-2021.govreport:12:" + column + ": error"), shown);
		assertTrue(!project.getFile(ORGAN + "-2021.govreport").exists(), "nothing is written");
	}

	private volatile CompletableFuture<String> refusal;

	private IFolder folderOfExamples() throws Exception {
		IFolder folder = project.getFolder("乡镇");
		folder.create(true, true, null);
		for (Path example : Examples.files()) {
			if (!Files.readString(example).contains("格式：2021-30")) {
				IFile file = folder.getFile(example.getFileName().toString());
				file.create(new ByteArrayInputStream(Files.readAllBytes(example)), true, null);
			}
		}
		return folder;
	}

	private static Set<String> organsOf(IFolder folder) throws Exception {
		Set<String> organs = new TreeSet<>();
		for (IResource member : folder.members()) {
			if (member.getName().endsWith(".govreport")) {
				Files.readString(member.getLocation().toFile().toPath()).lines().filter(l -> l.startsWith("机关："))
						.findFirst().ifPresent(l -> organs.add(l.substring("机关：".length()).strip()));
			}
		}
		return organs;
	}

	/** Selects the resources in the Project Explorer, opens its context menu and chooses the item. */
	private void choose(String label, Object... selected) throws CoreException {
		IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		page.activate(explorer);
		var viewer = (Viewer) explorer.getSite().getSelectionProvider();
		viewer.setSelection(new StructuredSelection(selected), true);
		waitFor(() -> ((StructuredSelection) viewer.getSelection()).size(), size -> size == selected.length,
				"the selection in the Project Explorer");
		Menu menu = viewer.getControl().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		List<String> labels = new ArrayList<>();
		MenuItem chosen = null;
		for (MenuItem item : menu.getItems()) {
			labels.add(item.getText());
			if (item.getText().replace("&", "").equals(label)) {
				chosen = item;
			}
		}
		assertTrue(chosen != null && chosen.isEnabled(), label + " is not in the menu: " + labels);
		assertTrue(labels.contains(SUM) && labels.contains(TABLE), labels::toString);
		chosen.notifyListeners(SWT.Selection, new Event());
		menu.notifyListeners(SWT.Hide, new Event());
	}
}
