package org.govreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.govreport.dsl.aggregate.Change;
import org.govreport.headless.ReportComparison;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "diff", description = { "Prints the difference of two reports: cells, rows, tables, header fields, prose.",
		"As git's diff driver (see README): git config diff.govreport.command 'govreport diff --git',",
		"and for git log -p: git config diff.govreport.textconv 'govreport diff --textconv'.",
		"Exit status: 0 equal, 1 different, 2 bad usage, unreadable input or a syntax error (with --git: 0 unless unreadable)." })
class DiffCommand implements Callable<Integer> {
	/** What git passes an external diff command: path, then file, hash and mode of each side. */
	private static final int GIT_ARGUMENTS = 7;
	private static final String NO_FILE = "/dev/null";

	@Parameters(arity = "1..7", paramLabel = "OLD NEW", description = "The two reports.")
	private List<String> files;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text (one change a line) or json. Default: ${DEFAULT-VALUE}.")
	private Format format;

	@Option(names = "--git", description = "Called by git as diff.govreport.command, with git's seven arguments.")
	private boolean git;

	@Option(names = "--textconv", description = "Print one report one fact a line (git's textconv), for a line diff.")
	private boolean textconv;

	@Spec
	private CommandSpec spec;

	enum Format {
		TEXT, JSON
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		if (files.size() != (git ? GIT_ARGUMENTS : textconv ? 1 : 2)) {
			throw new ParameterException(spec.commandLine(), git ? "--git takes git's " + GIT_ARGUMENTS + " arguments"
					: textconv ? "--textconv takes one report" : "diff takes two reports: OLD NEW");
		}
		if (textconv) {
			return listing(path(files.get(0)));
		}
		String before = git ? files.get(1) : files.get(0);
		String after = git ? files.get(4) : files.get(1);
		Path beforeFile = path(before);
		Path afterFile = path(after);
		try {
			if (git) {
				out.println("govreport diff a/" + files.get(0) + " b/" + files.get(0));
				if (before.equals(NO_FILE) || after.equals(NO_FILE)) {
					out.println(before.equals(NO_FILE) ? "新增报告" : "删去报告");
					return ExitCodes.CLEAN;
				}
			}
			// git shows what it can of a revision that does not parse; a user asking is told where it breaks
			List<Change> changes = git ? new ReportComparison().compare(beforeFile, afterFile)
					: new ReportComparison().compareParsed(beforeFile, afterFile);
			out.print(format == Format.JSON ? ReportComparison.json(beforeFile, afterFile, changes)
					: ReportComparison.text(changes));
			out.flush();
			// git stops at an external diff that exits non-zero, so as git's driver only bad input fails
			return changes.isEmpty() || git ? ExitCodes.CLEAN : ExitCodes.PROBLEMS;
		} catch (IOException e) {
			out.flush();
			spec.commandLine().getErr().println("govreport: " + e.getMessage());
			return ExitCodes.USAGE;
		}
	}

	/** A file name the platform cannot encode (Chinese under LC_ALL=C) is bad usage, as picocli makes it elsewhere. */
	private Path path(String name) {
		try {
			return Path.of(name);
		} catch (InvalidPathException e) {
			throw new ParameterException(spec.commandLine(), "cannot use the file name '" + name + "': " + e.getMessage());
		}
	}

	private int listing(Path file) {
		try {
			spec.commandLine().getOut().print(new ReportComparison().listing(file));
			spec.commandLine().getOut().flush();
			return ExitCodes.CLEAN;
		} catch (IOException e) {
			spec.commandLine().getErr().println("govreport: " + e.getMessage());
			return ExitCodes.USAGE;
		}
	}
}
