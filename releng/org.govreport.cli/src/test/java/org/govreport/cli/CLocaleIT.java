package org.govreport.cli;

import static org.govreport.headless.ExampleReports.edit;
import static org.govreport.headless.ExampleReports.jiangcheng2020;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.govreport.cli.lsp.LanguageServerSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command, from the packaged jar and from the launcher, in a real process started as cron or a bare
 * Docker image starts it ({@code env -i PATH=… LC_ALL=C}), on reports with Chinese file names (issue 11,
 * item 2).
 */
class CLocaleIT {
	private static final Path JAR = Path.of(System.getProperty("govreport.jar", "target/govreport.jar")).toAbsolutePath();
	private static final Path LAUNCHER = Path.of("../../govreport").toAbsolutePath().normalize();
	private static final Map<String, String> C_LOCALE = Map.of("PATH", System.getenv("PATH"), "LC_ALL", "C");
	private static final String FINDING = "江城镇-2020.govreport:30:20: error [govreport.balance.R1] 一 自然人 应为 0（各项均为 0），实为 1，多 1\n"
			+ "江城镇-2020.govreport:3:1: info [govreport.previous.notFound] " + notFound("江城镇") + "\n";

	@TempDir
	Path folder;

	@BeforeEach
	void reports() throws IOException {
		Files.writeString(folder.resolve("江城镇-2020.govreport"), edit(jiangcheng2020(),
				"一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0", "一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 0"));
		Files.writeString(folder.resolve("新镇-2020.govreport"), edit(jiangcheng2020(), "机关：江城镇", "机关：新镇"));
	}

	@Test
	void checkOfAFolderAndOfAFile() throws Exception {
		String other = "./新镇-2020.govreport:3:1: info [govreport.previous.notFound] " + notFound("新镇") + "\n";
		assertEquals(new CommandLineRun(ExitCodes.PROBLEMS, other + FINDING.replace("江城镇-2020.govreport:", "./江城镇-2020.govreport:"), ""),
				run("check", "."));
		assertEquals(new CommandLineRun(ExitCodes.PROBLEMS, FINDING, ""), run("check", "江城镇-2020.govreport"));
	}

	@Test
	void buildWritesDocumentsWithChineseNames() throws Exception {
		CommandLineRun run = run("build", "新镇-2020.govreport", "--to", "txt,pdf", "-o", "文档");
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "新镇-2020.govreport → 文档/新镇-2020.txt 文档/新镇-2020.pdf\n"
				+ "built 1 of 1 reports: 2 documents in 文档\n", ""), run);
		assertEquals(true, Files.readString(folder.resolve("文档/新镇-2020.txt")).contains("新镇"));
	}

	@Test
	void fmtNewAndImport() throws Exception {
		Files.writeString(folder.resolve("草稿.govreport"), "机关: 新镇\n年度：2021\n");
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "formatted 草稿.govreport\n", ""), run("fmt", "草稿.govreport"));
		assertEquals("机关：新镇\n年度：2021\n", Files.readString(folder.resolve("草稿.govreport")));

		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "wrote 新镇-2021.govreport (template 2021-30)\n", ""),
				run("new", "--organ", "新镇", "--year", "2021"));

		Files.copy(Path.of("../../org.govreport.dsl.tests/resources/import/衡山镇-2020.txt"), folder.resolve("衡山镇.txt"));
		CommandLineRun imported = run("import", "衡山镇.txt", "-o", "导入");
		assertEquals(true, imported.out().startsWith("已导入 衡山镇.txt → "), imported::toString);
		assertEquals(true, Files.exists(folder.resolve("导入/霍山县衡山镇-2020.govreport")), imported::toString);
	}

	@Test
	void theLanguageServerReadsLastYearsReportBesideAChineseName() throws Exception {
		Path report = folder.resolve("江城镇-2020.govreport");
		try (LanguageServerSession session = LanguageServerSession.start(JAR, folder, C_LOCALE)) {
			session.open(report, Files.readString(report));
			List<String> messages = LanguageServerSession.problems(
					session.awaitDiagnostics(report, published -> !LanguageServerSession.noProblems(published))).stream()
					.map(diagnostic -> diagnostic.getMessage().getLeft()).toList();
			assertEquals(List.of("一 自然人 应为 0（各项均为 0），实为 1，多 1"), messages);
		}
	}

	@Test
	void theLauncherToo() throws Exception {
		assertEquals(new CommandLineRun(ExitCodes.PROBLEMS, FINDING, ""), run(LAUNCHER.toString(), "check", "江城镇-2020.govreport"));
	}

	/** What check says of a report alone in its folder: the Chinese name of last year's file it looked for. */
	private static String notFound(String organ) {
		return "未找到上年报告 " + organ + "-2019.govreport（同一文件夹中机关为“" + organ
				+ "”、年度为 2019 的报告；在别处请用“上年报告：”指明），跨年度核对（R7–R9）未进行";
	}

	private CommandLineRun run(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		if (!args[0].equals(LAUNCHER.toString())) {
			command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
		}
		command.addAll(List.of(args));
		Path out = Files.createTempFile("govreport-out", ".txt");
		Path err = Files.createTempFile("govreport-err", ".txt");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectOutput(out.toFile())
					.redirectError(err.toFile());
			builder.environment().clear();
			builder.environment().putAll(C_LOCALE);
			int exit = builder.start().waitFor();
			return new CommandLineRun(exit, Files.readString(out, StandardCharsets.UTF_8), withoutLauncherNotes(err));
		} finally {
			Files.delete(out);
			Files.delete(err);
		}
	}

	/** The launcher says on standard error when it builds the jar, which a stale jar may make it do. */
	private static String withoutLauncherNotes(Path err) throws IOException {
		try (Stream<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8).stream()) {
			return lines.filter(line -> !line.startsWith("govreport: building")).map(line -> line + "\n")
					.reduce("", String::concat);
		}
	}
}
