package org.govreport.cli;

import static org.govreport.headless.ExampleReports.FOLDER;
import static org.govreport.headless.ExampleReports.edit;
import static org.govreport.headless.ExampleReports.jiangcheng2020;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Check and build on several workers print, exit with and write exactly what the sequential run does:
 * over the examples, reports with errors and warnings, a cross-year pair that disagrees, two reports of
 * the same organ and year (the second is refused in either run), an unreadable file, and many distinct
 * reports so that the workers finish out of order.
 */
class ParallelRunsTest {
	private static final String JIANGCHENG_2019 = edit(edit(jiangcheng2020(), "年度：2020", "年度：2019"),
			"四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0", "四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1");

	@TempDir
	Path folder;

	private Path reports;

	@BeforeEach
	void writeReports() throws IOException {
		reports = folder.resolve("reports");
		try (Stream<Path> examples = Files.list(FOLDER)) {
			for (Path example : examples.filter(file -> file.toString().endsWith(".govreport")).toList()) {
				Files.copy(example, Files.createDirectories(reports.resolve("examples")).resolve(example.getFileName()));
			}
		}
		write("pair/江城镇-2019.govreport", JIANGCHENG_2019);
		write("pair/江城镇-2020.govreport", jiangcheng2020());
		write("same/a/江城镇-2020.govreport", jiangcheng2020());
		write("same/b/江城镇-2020.govreport", edit(jiangcheng2020(), "规章 | 0 | 0 | 0", "规章 | 1 | 1 | 1"));
		write("unbalanced/某镇-2020.govreport", edit(edit(jiangcheng2020(), "机关：江城镇", "机关：某镇"),
				"一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0", "一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 0"));
		Files.write(reports.resolve("unbalanced/不是文本-2020.govreport"), new byte[] { 'a', (byte) 0xff, '\n' });
		for (int i = 0; i < 6; i++) {
			String organ = "江城镇" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10) + "子丑寅卯".charAt(i / 10);
			write("many/" + organ + "-2020.govreport", edit(edit(jiangcheng2020(), "机关：江城镇", "机关：" + organ),
					"政府集中采购 | 2 | 11210元", "政府集中采购 | " + i + " | " + (100 + i)));
		}
	}

	@Test
	void checkPrintsTheSameOnFourWorkersAsOnOne() {
		for (String format : List.of("text", "json", "sarif")) {
			CommandLineRun sequential = CommandLineRun.of("check", "-j", "1", "--format", format, reports.toString());
			assertTrue(sequential.out().contains("govreport.crossYear.R8"), sequential::out);
			assertEquals(ExitCodes.USAGE, sequential.exitCode(), sequential::toString);
			assertEquals(sequential, CommandLineRun.of("check", "-j", "4", "--format", format, reports.toString()), format);
		}
	}

	@Test
	void buildPrintsAndWritesTheSameOnFourWorkersAsOnOne() throws IOException {
		Path out = folder.resolve("out");
		String[] build = { "build", reports.toString(), "--to", "html,docx,pdf,txt,json,ofd", "-o", out.toString() };
		CommandLineRun sequential = CommandLineRun.of(concat(build, "-j", "1"));
		assertTrue(sequential.err().contains("same organ and year"), sequential::err);
		Path sequentialOut = Files.move(out, folder.resolve("sequential"));
		assertEquals(sequential, CommandLineRun.of(concat(build, "-j", "4")));
		List<Path> documents = names(sequentialOut);
		assertEquals(6 * (5 + 6), documents.size(), documents::toString);
		assertEquals(documents, names(out));
		for (Path document : documents) {
			assertArrayEquals(Files.readAllBytes(sequentialOut.resolve(document)), Files.readAllBytes(out.resolve(document)),
					document::toString);
		}
	}

	@Test
	void noWorkersIsBadUsage() {
		CommandLineRun run = CommandLineRun.of("check", "-j", "0", reports.toString());
		assertEquals(new CommandLineRun(ExitCodes.USAGE, "", run.err()), run);
		assertTrue(run.err().startsWith("-j: at least 1, not 0\n"), run::err);
	}

	private static String[] concat(String[] first, String... more) {
		return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
	}

	private static List<Path> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(Path::getFileName).sorted().toList();
		}
	}

	private void write(String name, String text) throws IOException {
		Path file = reports.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}
}
