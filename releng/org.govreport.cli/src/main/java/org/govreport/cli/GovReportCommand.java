package org.govreport.cli;

import org.govreport.headless.GovReportVersion;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The headless govreport compiler: the same parser and checks as the Eclipse plugin, for CI. */
@Command(name = "govreport", mixinStandardHelpOptions = true, version = "govreport " + GovReportVersion.VERSION,
		description = "Checks and builds 政府信息公开工作年度报告 written as .govreport files.",
		subcommands = { CheckCommand.class, BuildCommand.class, FormatCommand.class, NewCommand.class, ImportCommand.class,
				SumCommand.class,
				TableCommand.class,
				DiffCommand.class,
				LanguageServerCommand.class,
				HelpCommand.class })
public class GovReportCommand implements Runnable {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	public static void main(String[] args) {
		// Guice would otherwise generate classes at start-up, which no start-up cache can hold; the language
		// binds no method interceptors, so reflection serves as well. Measured: about 60 ms of a one-file check.
		System.setProperty("guice_bytecode_gen_option", "DISABLED");
		System.exit(commandLine().execute(args));
	}

	static CommandLine commandLine() {
		// picocli exits with 2 on bad usage, as ExitCodes.USAGE says.
		return new CommandLine(new GovReportCommand()).setCaseInsensitiveEnumValuesAllowed(true);
	}

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}
}
