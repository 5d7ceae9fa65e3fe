package org.govreport.cli;

import java.util.concurrent.Callable;

import org.govreport.cli.lsp.GovReportServerLauncher;

import picocli.CommandLine.Command;

@Command(name = "lsp", description = "Runs the language server over standard input and output.")
class LanguageServerCommand implements Callable<Integer> {

	@Override
	public Integer call() throws Exception {
		GovReportServerLauncher.run();
		return ExitCodes.CLEAN;
	}
}
