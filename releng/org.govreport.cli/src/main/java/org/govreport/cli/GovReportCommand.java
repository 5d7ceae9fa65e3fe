package org.govreport.cli;

import java.io.IOException;
import java.util.OptionalInt;

import org.govreport.headless.GovReportVersion;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The headless govreport compiler: the same parser and checks as the Eclipse plugin, for CI. */
@Command(name = "govreport", mixinStandardHelpOptions = true, version = "govreport " + GovReportVersion.VERSION,
		description = "Checks and builds 政府信息公开工作年度报告 written as .govreport files.",
		subcommands = { CheckCommand.class, BuildCommand.class, FormatCommand.class, NewCommand.class, ImportCommand.class,
				LanguageServerCommand.class,
				HelpCommand.class })
public class GovReportCommand implements Runnable {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	public static void main(String[] args) throws IOException {
		OptionalInt relaunched = Utf8Relaunch.runUnderUtf8(args);
		if (relaunched.isPresent()) {
			System.exit(relaunched.getAsInt());
		}
		// Guice would otherwise generate classes at start-up, which no start-up cache can hold; the language
		// binds no method interceptors, so reflection serves as well. Measured: about 60 ms of a one-file check.
		System.setProperty("guice_bytecode_gen_option", "DISABLED");
		// The PDF and DOCX libraries log through log4j-api, which without a backend prints an error line
		// on standard output, among the lines scripts read; its simple logger writes to standard error.
		System.getProperties().putIfAbsent("log4j2.loggerContextFactory",
				"org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		System.exit(commandLine().execute(Utf8Relaunch.arguments(args)));
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
