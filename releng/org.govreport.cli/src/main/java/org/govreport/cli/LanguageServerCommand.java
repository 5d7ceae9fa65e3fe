package org.govreport.cli;

import java.util.concurrent.Callable;

import org.eclipse.xtext.ide.server.ServerLauncher;

import picocli.CommandLine.Command;

@Command(name = "lsp", description = "Runs the language server over standard input and output.")
class LanguageServerCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		ServerLauncher.main(new String[0]);
		return ExitCodes.CLEAN;
	}
}
