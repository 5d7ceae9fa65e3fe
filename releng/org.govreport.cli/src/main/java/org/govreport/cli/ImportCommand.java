package org.govreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
		"Turns published reports (PDF, web pages saved as .html, Word .docx, plain text) into .govreport files.",
		"A folder imports every .pdf, .html, .htm, .docx and .txt in it. Every figure it had to interpret, and",
		"all text it could not place, is noted on standard error and as a comment in the file. The imported",
		"reports are then checked like `check` does.",
		"Exit status: 0 imported and clean, 1 a report could not be read (nothing written for it) or has errors,",
		"2 bad usage: no such file, an output that exists (without --force), two inputs for one 机关-年度." })
class ImportCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Published reports, or folders holding them.")
	private List<Path> inputs;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR",
			description = "Folder for the .govreport files. Default: beside each input.")
	private Path folder;

	@Option(names = "--force", description = "Overwrite existing .govreport files.")
	private boolean force;

	@Spec
	private CommandSpec spec;

	/** One input read in memory, before anything is written: its result, or why it is refused. */
	private record Reading(Path source, ImportResult result, Path target, String refusal, int exitCode) {
		static Reading refused(Path source, String why, int exitCode) {
			return new Reading(source, null, null, why, exitCode);
		}
	}

	@Override
	public Integer call() {
		// POI logs through log4j-api, which otherwise complains on standard error that it has no backend
		System.getProperties().putIfAbsent("log4j2.loggerContextFactory",
				"org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		var sources = new ImportSources();
		var files = sources.expand(inputs);
		var importer = new ReportImporter();
		var readings = new ArrayList<Reading>();
		sources.missing().forEach(missing -> readings.add(Reading.refused(missing, "没有这个文件或文件夹", ExitCodes.USAGE)));
		for (Path file : files) {
			readings.add(read(importer, file));
		}
		var checked = new ArrayList<CheckedReport>();
		int exit = ExitCodes.CLEAN;
		int imported = 0;
		for (Reading reading : refuseSharedTargets(readings)) {
			if (reading.refusal() != null) {
				err.println("govreport: " + reading.source() + ": " + reading.refusal());
				exit = Math.max(exit, reading.exitCode());
				continue;
			}
			try {
				reading.result().notes().forEach(note -> err.println(note.render(reading.source().toString())));
				AtomicFiles.write(reading.target(), reading.result().text());
				imported++;
				int notes = reading.result().notes().size();
				out.println("已导入 " + reading.source() + " → " + reading.target() + "（" + notes + " 条说明）");
				CheckedReport report = new ReportValidator().check(reading.target()).withoutInformation();
				checked.add(report);
				// each report's findings right under the line that says where it was written
				FindingsFormat.TEXT.print(List.of(report), out);
			} catch (IOException e) {
				err.println("govreport: " + reading.target() + ": 无法写入（" + e.getClass().getSimpleName() + "）");
				exit = Math.max(exit, ExitCodes.PROBLEMS);
			}
		}
		if (readings.size() > 1) {
			out.println("共 " + readings.size() + " 个文件，导入 " + imported + " 个" + (readings.size() > imported
					? "，" + (readings.size() - imported) + " 个未导入" : ""));
		}
		out.flush();
		boolean findings = CheckSummary.of(checked).fails(false);
		return exit == ExitCodes.CLEAN && findings ? ExitCodes.PROBLEMS : exit;
	}

	private Reading read(ReportImporter importer, Path file) {
		try {
			long size = Files.size(file);
			long limit = ImportSources.largestSource(file);
			if (size > limit) {
				return Reading.refused(file, "文件过大（" + size + " 字节，此类文件导入上限 " + limit + " 字节），不像一份年度报告；未导入",
						ExitCodes.PROBLEMS);
			}
			ImportResult result = importer.read(file.getFileName().toString(), Files.readAllBytes(file));
			long written = result.text().getBytes(StandardCharsets.UTF_8).length;
			if (written > ImportSources.LARGEST_REPORT_BYTES) {
				return Reading.refused(file, "导入结果过大（" + written + " 字节，报告文件上限 " + ImportSources.LARGEST_REPORT_BYTES + " 字节）；未导入",
						ExitCodes.PROBLEMS);
			}
			Path target = target(file, result.suggestedFileName());
			if (target == null) {
				return Reading.refused(file, "cannot name the output " + result.suggestedFileName().replaceAll("[^\\x20-\\x7E]", "?")
						+ " in this locale; set a UTF-8 locale (e.g. LC_ALL=C.UTF-8). 当前区域设置不能写出中文文件名", ExitCodes.USAGE);
			}
			if (Files.exists(target) && !force) {
				return Reading.refused(file, target + " 已存在；加 --force 覆盖", ExitCodes.USAGE);
			}
			return new Reading(file, result, target, null, ExitCodes.CLEAN);
		} catch (ImportException e) {
			return Reading.refused(file, e.getMessage(), ExitCodes.PROBLEMS);
		} catch (IOException e) {
			return Reading.refused(file, "无法读取（" + e.getClass().getSimpleName() + "）", ExitCodes.PROBLEMS);
		}
	}

	/** @return null when the file system's encoding (the locale's, LC_ALL=C) cannot spell the name */
	private Path target(Path file, String name) {
		try {
			return (folder != null ? folder : file.toAbsolutePath().getParent()).resolve(name);
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** Two inputs of one organ and year would overwrite each other, with --force or not: neither is written. */
	private static List<Reading> refuseSharedTargets(List<Reading> readings) {
		Map<Path, List<Reading>> byTarget = new LinkedHashMap<>();
		readings.stream().filter(reading -> reading.target() != null)
				.forEach(reading -> byTarget.computeIfAbsent(reading.target().normalize(), key -> new ArrayList<>()).add(reading));
		var checked = new ArrayList<Reading>();
		for (Reading reading : readings) {
			var sharing = reading.target() == null ? List.<Reading>of() : byTarget.get(reading.target().normalize());
			if (sharing.size() > 1) {
				var others = sharing.stream().filter(other -> other != reading).map(other -> other.source().toString()).toList();
				checked.add(Reading.refused(reading.source(), "与 " + String.join("、", others) + " 是同一机关同一年度的报告，都会写到 "
						+ reading.target() + "；都未导入，请只留一份或分别用 -o 导出", ExitCodes.USAGE));
			} else {
				checked.add(reading);
			}
		}
		return checked;
	}
}
