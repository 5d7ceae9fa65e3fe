package org.govreport.installtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/**
 * Checks, in an Eclipse that had the update site installed into it, that the govreport editor works and that
 * its report builder writes a PDF: the result ("OK …" or "FAILED …") goes to the file named by
 * {@code govreport.installtest.result}, then the workbench closes. Without that property (an ordinary start) it does nothing.
 */
public class InstallationCheck implements IStartup {
	static final String RESULT_PROPERTY = "govreport.installtest.result";
	static final String REPORT_PROPERTY = "govreport.installtest.report";

	@Override
	public void earlyStartup() {
		String result = System.getProperty(RESULT_PROPERTY);
		String report = System.getProperty(REPORT_PROPERTY);
		if (result == null || report == null) {
			return;
		}
		String outcome;
		try {
			outcome = "OK " + new EditorCheck(Path.of(report)).run() + "; PDF written: " + new PdfExportCheck(Path.of(report)).run();
		} catch (Exception | AssertionError e) {
			outcome = "FAILED " + e;
		}
		write(Path.of(result), outcome);
		Display.getDefault().asyncExec(() -> PlatformUI.getWorkbench().close());
	}

	private static void write(Path result, String outcome) {
		try {
			Path temporary = result.resolveSibling(result.getFileName() + ".tmp");
			Files.writeString(temporary, outcome + "\n", StandardCharsets.UTF_8);
			Files.move(temporary, result, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new IllegalStateException("cannot write " + result, e);
		}
	}
}
