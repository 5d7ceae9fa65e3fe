package org.govreport.cli.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.govreport.dsl.validation.PreviousReportLoader;

import com.google.inject.Inject;

/** Last year's report as the editor has it when it is open (unsaved changes included), else from disk. */
public class OpenReportLoader extends PreviousReportLoader {

	@Inject
	private OpenReports openReports;

	@Override
	protected byte[] contentOf(Path file) throws IOException {
		var open = openReports.text(file);
		return open.isPresent() ? open.get().getBytes(StandardCharsets.UTF_8) : super.contentOf(file);
	}
}
