package org.govreport.dsl.ui.many;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.govreport.headless.FiguresTable;

/**
 * "导出汇总表": the selected reports' figures, one row each, as {@code govreport table} writes them, into
 * 汇总表.xlsx in the selected folder.
 */
public class ExportTableHandler extends AbstractHandler {
	public static final String TITLE = "导出汇总表";
	public static final String FILE_NAME = "汇总表.xlsx";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		try {
			var selected = SelectedReports.of(HandlerUtil.getCurrentStructuredSelection(event));
			if (selected.folder() != null) {
				new TableJob(shell, selected).schedule();
			}
		} catch (IOException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}

	private static final class TableJob extends ReportsJob {
		TableJob(Shell shell, SelectedReports selected) {
			super(TITLE, shell, selected);
		}

		@Override
		protected IFile write() throws Failure {
			if (selected.files().isEmpty()) {
				throw new Failure("所选之中没有 .govreport 报告。");
			}
			IFile file = target(FILE_NAME);
			try {
				new FiguresTable().write(selected.files(), file.getLocation().toFile().toPath());
			} catch (IOException e) {
				throw new Failure(e.getMessage());
			}
			return file;
		}
	}
}
