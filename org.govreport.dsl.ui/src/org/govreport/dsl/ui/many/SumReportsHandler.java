package org.govreport.dsl.ui.many;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** "汇总所选报告": asks for the summing organ's name, then sums the selected reports into the folder. */
public class SumReportsHandler extends AbstractHandler {
	public static final String TITLE = "汇总所选报告";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		SelectedReports selected;
		try {
			selected = SelectedReports.of(HandlerUtil.getCurrentStructuredSelection(event));
		} catch (IOException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		if (selected.folder() == null) {
			return null;
		}
		var organ = new InputDialog(shell, TITLE, "汇总机关的名称（写入汇总报告的“机关”）：", "",
				name -> name.isBlank() ? "请填写汇总机关的名称" : null);
		if (organ.open() == Window.OK) {
			new ReportSumJob(shell, selected, organ.getValue().strip()).schedule();
		}
		return null;
	}
}
