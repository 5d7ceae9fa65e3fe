package org.govreport.cli;

import static org.govreport.headless.ExampleReports.edit;
import static org.govreport.headless.ExampleReports.jiangcheng2020;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report whose documents cannot be written keeps its earlier documents, all of them, and does not stop
 * the others; temporary names stay short; leftovers of a killed run are cleared (issue 11, items 6, 8, 11).
 */
class BuildFailuresTest {
	/** 80 汉字: the longest organ a document name keeps, 240 bytes, with room for "-2020.html" within 255. */
	private static final String LONG_ORGAN = "重庆市大渡口区八桥镇".repeat(8);

	@TempDir
	Path folder;

	@Test
	void aReportWhoseDocumentCannotBeReplacedKeepsAllItsEarlierDocumentsAndTheOthersAreBuilt() throws IOException {
		Path failing = write("a/江城镇-2020.govreport", jiangcheng2020());
		Path other = write("b/新镇-2020.govreport", edit(jiangcheng2020(), "机关：江城镇", "机关：新镇"));
		Path out = Files.createDirectory(folder.resolve("out"));
		for (String extension : new String[] { "html", "docx", "txt", "json" }) {
			Files.writeString(out.resolve("江城镇-2020." + extension), "earlier " + extension);
		}
		// a folder where the PDF goes: that one move fails, after the HTML and DOCX moves succeeded
		Files.writeString(Files.createDirectories(out.resolve("江城镇-2020.pdf")).resolve("keep"), "");

		CommandLineRun run = CommandLineRun.of("build", folder.resolve("a").toString(), folder.resolve("b").toString(), "-o",
				out.toString());

		assertEquals(ExitCodes.PROBLEMS, run.exitCode(), run::toString);
		assertEquals(true, run.err().startsWith("govreport: " + failing + ": cannot write its documents to " + out + ": "), run::err);
		assertEquals(true, run.err().endsWith(" (none of them was replaced)\n"), run::err);
		assertEquals(true, run.out().startsWith(other + " → "), run::out);
		assertEquals(true, run.out().endsWith("\nbuilt 1 of 2 reports: 5 documents in " + out + "\n"), run::out);
		for (String extension : new String[] { "html", "docx", "txt", "json" }) {
			assertEquals("earlier " + extension, Files.readString(out.resolve("江城镇-2020." + extension)), extension);
		}
		assertEquals(List.of(), temporaries(out));
	}

	@Test
	void theLongestOrganNameIsBuiltThoughItsNameLeavesLittleRoom() throws IOException {
		Path report = write(LONG_ORGAN.substring(0, 20) + ".govreport", edit(jiangcheng2020(), "机关：江城镇", "机关：" + LONG_ORGAN));
		Path out = folder.resolve("out");
		CommandLineRun run = CommandLineRun.of("build", report.toString(), "-o", out.toString());
		assertEquals(ExitCodes.CLEAN, run.exitCode(), run::toString);
		assertEquals(true, Files.exists(out.resolve(LONG_ORGAN + "-2020.docx")));
		assertEquals(List.of(), temporaries(out));
	}

	@Test
	void fmtWritesAFileWhoseNameIsAsLongAsTheSystemAllows() throws IOException {
		// 81 汉字 and the extension: 253 bytes, a legal name with no room for a prefix or suffix
		Path report = write(LONG_ORGAN + "镇.govreport", "机关: 江城镇\n年度：2020\n");
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "formatted " + report + "\n", ""), CommandLineRun.of("fmt", report.toString()));
		assertEquals("机关：江城镇\n年度：2020\n", Files.readString(report));
	}

	@Test
	void temporariesLeftByAKilledRunAreRemovedByTheNext() throws IOException {
		Path report = write("江城镇-2020.govreport", jiangcheng2020());
		Path out = Files.createDirectory(folder.resolve("out"));
		long ended = endedProcess();
		Path stale = Files.writeString(out.resolve(".govreport-" + ended + "-1x2y3z.tmp"), "half a PDF");
		Path running = Files.writeString(out.resolve(".govreport-" + ProcessHandle.current().pid() + "-4a5b.tmp"), "being written");
		Path someoneElses = Files.writeString(out.resolve(".江城镇-2020.pdf.tmp"), "not ours");
		assertEquals(ExitCodes.CLEAN, CommandLineRun.of("build", report.toString(), "--to", "txt", "-o", out.toString()).exitCode());
		assertEquals(false, Files.exists(stale));
		assertEquals(true, Files.exists(running));
		assertEquals(true, Files.exists(someoneElses));

		Path staleBesideReport = Files.writeString(folder.resolve(".govreport-" + ended + "-6c7d.tmp"), "half a report");
		CommandLineRun.of("fmt", report.toString());
		assertEquals(false, Files.exists(staleBesideReport));
	}

	/** The id of a process that has run and ended, so that no process has it now (barring reuse within the test). */
	private static long endedProcess() throws IOException {
		Process process = new ProcessBuilder("true").start();
		try {
			process.waitFor();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return process.pid();
	}

	static List<String> temporaries(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith(".")).sorted().toList();
		}
	}

	private Path write(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}
}
