package org.govreport.dsl.ui.many;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.govreport.dsl.files.OutputNames;
import org.govreport.headless.AtomicFiles;
import org.govreport.headless.GccStyle;
import org.govreport.headless.ReportSummer;
import org.govreport.headless.ReportSummer.Summed;

/**
 * Sums the selected reports as {@code govreport sum} does, into 〈机关〉-〈年度〉.govreport in the selected
 * folder, and opens it. Reports with errors are refused, each error named by file, line and column. The
 * summing organ's own reports and summed reports whose inputs are selected too are left out by the summer.
 */
final class ReportSumJob extends ReportsJob {
	/** How SummedReportText names each input, in a comment of its own. */
	private static final String SOURCE = "# 汇总自：";
	private final String organ;

	ReportSumJob(Shell shell, SelectedReports selected, String organ) {
		super(SumReportsHandler.TITLE, shell, selected);
		this.organ = organ;
	}

	@Override
	protected IFile write() throws Failure {
		List<Path> inputs = selected.files();
		if (inputs.isEmpty()) {
			throw new Failure("所选之中没有 .govreport 报告。");
		}
		try {
			Summed summed = new ReportSummer().sum(inputs, organ, null, false);
			IFile file = target(OutputNames.baseName(organ, summed.sum().year()) + ".govreport");
			AtomicFiles.write(file.getLocation().toFile().toPath(), namedFromFolder(summed.text()));
			return file;
		} catch (ReportSummer.Refused e) {
			throw new Failure(refusal(e));
		} catch (IOException e) {
			throw new Failure(e.getMessage());
		}
	}

	@Override
	protected void written(IFile file) {
		try {
			IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			// the report is written and shown in the Project Explorer; opening it is a convenience
		}
	}

	/**
	 * The summed report with its inputs named from the folder it is written to, as {@code govreport sum}
	 * names them from where it is run, and not by where this workspace happens to be on this machine.
	 */
	private String namedFromFolder(String text) {
		String folder = selected.folder().getLocation().toFile().toPath() + File.separator;
		return text.replace(SOURCE + folder, SOURCE);
	}

	/** The file as the workspace names it (project/folder/file), shorter than where it is on disk. */
	private static Path inWorkspace(Path file) {
		Path workspace = ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath();
		return file.startsWith(workspace) ? workspace.relativize(file) : file;
	}

	/** The refusal, with every error of the inputs where it is (named as the workspace names the file). */
	private static String refusal(ReportSummer.Refused refused) {
		List<String> errors = refused.errors().stream().map(error -> GccStyle.format(error.in(inWorkspace(error.file()))))
				.toList();
		return errors.isEmpty() ? "未汇总：" + refused.getMessage() : "未汇总：以下报告有错误。\n\n" + String.join("\n", errors);
	}
}
