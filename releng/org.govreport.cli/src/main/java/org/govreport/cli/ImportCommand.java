package org.govreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.govreport.dsl.importer.ImportException;
import org.govreport.dsl.importer.ImportResult;
import org.govreport.dsl.importer.ReportImporter;
import org.govreport.headless.AtomicFiles;
import org.govreport.headless.CheckSummary;
import org.govreport.headless.CheckedReport;
import org.govreport.headless.FindingsFormat;
import org.govreport.headless.ReportValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = {
		"Turns published reports (.docx, their plain text, or pdftotext -layout output) into .govreport files.",
		"Every figure it had to interpret, and all text it could not place, is noted on standard error and as",
		"a comment in the file. The imported reports are then checked like `check` does.",
		"Exit status: 0 imported and clean, 1 a report could not be read (nothing written for it) or has errors,",
		"2 bad usage." })
class ImportCommand implements Callable<Integer> {
	/** Published reports are well under a megabyte; anything this large is not one. */
	private static final long LARGEST_SOURCE = 64L * 1024 * 1024;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "Published reports: .docx, .txt.")
	private List<Path> files;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR",
			description = "Folder for the .govreport files. Default: beside each input.")
	private Path folder;

	@Option(names = "--force", description = "Overwrite existing .govreport files.")
	private boolean force;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		// POI logs through log4j-api, which otherwise complains on standard error that it has no backend
		System.getProperties().putIfAbsent("log4j2.loggerContextFactory",
				"org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		var importer = new ReportImporter();
		var validator = new ReportValidator();
		List<CheckedReport> checked = new ArrayList<>();
		int exit = ExitCodes.CLEAN;
		for (Path file : files) {
			try {
				Path written = importOne(importer, file, out, err);
				CheckedReport report = validator.check(written);
				checked.add(report);
				// each report's findings right under the line that says where it was written
				FindingsFormat.TEXT.print(List.of(report), out);
			} catch (ImportException | IOException e) {
				err.println("govreport: " + file + ": " + e.getMessage());
				exit = ExitCodes.PROBLEMS;
			}
		}
		out.flush();
		return CheckSummary.of(checked).fails(false) ? ExitCodes.PROBLEMS : exit;
	}

	private Path importOne(ReportImporter importer, Path file, PrintWriter out, PrintWriter err)
			throws ImportException, IOException {
		if (!Files.isRegularFile(file)) {
			throw new ImportException("no such file");
		}
		if (Files.size(file) > LARGEST_SOURCE) {
			throw new ImportException("too large for a report (" + Files.size(file) + " bytes); not imported");
		}
		ImportResult result = importer.read(file.getFileName().toString(), Files.readAllBytes(file));
		Path parent = file.toAbsolutePath().getParent();
		Path target = (folder != null ? folder : parent).resolve(result.suggestedFileName());
		if (Files.exists(target) && !force) {
			throw new ImportException(target + " exists; --force overwrites it");
		}
		result.notes().forEach(note -> err.println(note.render(file.toString())));
		AtomicFiles.write(target, result.text());
		int notes = result.notes().size();
		out.println("imported " + file + " -> " + target + " (" + notes + (notes == 1 ? " note)" : " notes)"));
		return target;
	}
}
