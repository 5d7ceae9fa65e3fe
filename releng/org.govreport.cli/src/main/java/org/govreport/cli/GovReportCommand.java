package org.govreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.govreport.headless.GovReportVersion;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;

/** The headless govreport compiler: the same parser and checks as the Eclipse plugin, for CI. */
@Command(name = "govreport", mixinStandardHelpOptions = true, version = "govreport " + GovReportVersion.VERSION,
		description = "Checks and builds 政府信息公开工作年度报告 written as .govreport files.")
public class GovReportCommand implements Runnable {
	/** The subcommands, in the order --help lists them. */
	private static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, BuildCommand.class, FormatCommand.class,
			NewCommand.class, ImportCommand.class,
			SumCommand.class,
			TableCommand.class,
			DiffCommand.class,
			LanguageServerCommand.class,
			HelpCommand.class);

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	public static void main(String[] args) throws IOException {
		OptionalInt relaunched = Utf8Relaunch.runUnderUtf8(args);
		if (relaunched.isPresent()) {
			System.exit(relaunched.getAsInt());
		}
		configureLibraries();
		String[] arguments = Utf8Relaunch.arguments(args);
		LanguageStartup.startFor(arguments);
		System.exit(commandLine(arguments).execute(arguments));
	}

	/** What the libraries are told before any of them is loaded, in every JVM that runs the commands. */
	static void configureLibraries() {
		// Guice would otherwise generate classes at start-up, which no start-up cache can hold; the language
		// binds no method interceptors, so reflection serves as well. Measured: about 60 ms of a one-file check.
		System.setProperty("guice_bytecode_gen_option", "DISABLED");
		// Guice walks the stack of every binding to name the line of the module that made it, shown only in
		// the message of a misconfigured binding; naming the module instead spares about 1 % of a one-file check.
		System.setProperty("guice_include_stack_traces", "OFF");
		// The PDF and DOCX libraries log through log4j-api, which without a backend prints an error line
		// on standard output, among the lines scripts read; its simple logger writes to standard error.
		System.getProperties().putIfAbsent("log4j2.loggerContextFactory",
				"org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
	}

	static CommandLine commandLine() {
		return commandLine(SUBCOMMANDS);
	}

	/**
	 * The command line for these arguments: when they start with a subcommand, only that one is made, as
	 * picocli reads the options of every subcommand it is given by reflection, and its classes are ones the
	 * start-up cache cannot hold; otherwise (--help, help, a mistyped name) all of them.
	 */
	static CommandLine commandLine(String... args) {
		String first = args.length == 0 ? "" : args[0];
		List<Class<?>> named = SUBCOMMANDS.stream()
				.filter(command -> command != HelpCommand.class && name(command).equals(first)).toList();
		return commandLine(named.isEmpty() ? SUBCOMMANDS : named);
	}

	private static CommandLine commandLine(List<Class<?>> subcommands) {
		CommandLine commandLine = new CommandLine(new GovReportCommand());
		subcommands.forEach(commandLine::addSubcommand);
		commandLine.getSubcommands().values().forEach(GovReportCommand::answerHelp);
		// Help as wide as the terminal (80 columns when there is none), Chinese broken between words only.
		commandLine.setUsageHelpAutoWidth(true).setHelpFactory(new HelpLineBreaks());
		IParameterExceptionHandler standard = commandLine.getParameterExceptionHandler();
		commandLine.setParameterExceptionHandler((problem, arguments) -> {
			int exitCode = standard.handleParseException(problem, arguments);
			Arrays.stream(arguments).filter(GovReportCommand::optionLikePath).forEach(path -> problem.getCommandLine().getErr()
					.println("govreport: " + path + " is taken for an option; the file or folder of that name is ./" + path
							+ ", or put it after --"));
			return exitCode;
		});
		// picocli exits with 2 on bad usage, as ExitCodes.USAGE says.
		return commandLine.setCaseInsensitiveEnumValuesAllowed(true);
	}

	/** {@code govreport sum --help} shows the help, as users try first, instead of "Missing required options". */
	private static void answerHelp(CommandLine subcommand) {
		if (subcommand.getCommandSpec().findOption("--help") == null) {
			subcommand.getCommandSpec().addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
					.description("Show this help message and exit.").build());
		}
	}

	/** A folder named -乡镇 or a file -草稿.govreport given as it is, which picocli reads as options. */
	private static boolean optionLikePath(String argument) {
		try {
			return argument.startsWith("-") && !argument.equals("-") && Files.exists(Path.of(argument));
		} catch (InvalidPathException e) {
			return false;
		}
	}

	private static String name(Class<?> subcommand) {
		return subcommand.getAnnotation(Command.class).name();
	}

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}
}
