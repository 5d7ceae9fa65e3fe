package org.govreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", description = "Validates reports; prints file:line:col: severity [code] message.")
class CheckCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Reports, or folders searched for *.govreport.")
	private List<Path> paths;

	@Option(names = "--strict", description = "Warnings fail the check too.")
	private boolean strict;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		List<Path> files;
		try {
			files = reportFiles(paths);
		} catch (IOException e) {
			err.println("govreport: " + e.getMessage());
			return ExitCodes.USAGE;
		}
		ReportFileValidator validator = new ReportFileValidator();
		boolean failed = false;
		for (Path file : files) {
			List<Issue> issues;
			try {
				issues = validator.validate(file);
			} catch (IOException e) {
				err.println(file + ": cannot read: " + e.getMessage());
				return ExitCodes.USAGE;
			}
			for (Issue issue : issues) {
				out.println(GccStyle.format(file, issue));
				failed |= issue.getSeverity() == Severity.ERROR || strict && issue.getSeverity() == Severity.WARNING;
			}
		}
		out.flush();
		return failed ? ExitCodes.PROBLEMS : ExitCodes.CLEAN;
	}

	private static List<Path> reportFiles(List<Path> paths) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> found = Files.walk(path)) {
					found.filter(p -> p.toString().endsWith(".govreport") && Files.isRegularFile(p)).sorted()
							.forEach(files::add);
				}
			} else if (Files.isRegularFile(path)) {
				files.add(path);
			} else {
				throw new IOException(path + ": no such file or folder");
			}
		}
		return files;
	}
}
