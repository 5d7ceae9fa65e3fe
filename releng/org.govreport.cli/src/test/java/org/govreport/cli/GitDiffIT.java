package org.govreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.govreport.headless.ExampleReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real git in a temporary repository, set up as the README says: {@code *.govreport diff=govreport} in
 * .gitattributes, the packaged jar as the driver's external diff command and textconv. Two revisions of
 * one report differ in one cell: git diff (and git log -p --ext-diff) print the driver's own diff, plain
 * git log -p the line diff of the two textconv listings.
 */
class GitDiffIT {
	private static final Path JAR = Path.of(System.getProperty("govreport.jar", "target/govreport.jar")).toAbsolutePath();
	private static final String REPORT = "八桥镇-2020.govreport";
	private static final String CELL_CHANGE = "表 三 · 一、本年新收 · 自然人: 1 → 2";

	@TempDir
	Path repository;

	@BeforeEach
	void twoRevisionsOfOneReport() throws Exception {
		git("init", "-q");
		git("config", "user.name", "Test");
		git("config", "user.email", "test@example.org");
		git("config", "core.quotePath", "false");
		git("config", "diff.govreport.command", govreport() + " diff --git");
		git("config", "diff.govreport.textconv", govreport() + " diff --textconv");
		Files.writeString(repository.resolve(".gitattributes"), "*.govreport diff=govreport\n");
		String text = Files.readString(ExampleReports.FOLDER.resolve(REPORT));
		Files.writeString(repository.resolve(REPORT), text);
		git("add", ".");
		git("commit", "-q", "-m", "draft");
		Files.writeString(repository.resolve(REPORT),
				ExampleReports.edit(text, "一、本年新收政府信息公开申请数量 | 1 |", "一、本年新收政府信息公开申请数量 | 2 |"));
	}

	@Test
	void gitDiffPrintsTheChangedCell() throws Exception {
		assertEquals("govreport diff a/" + REPORT + " b/" + REPORT + "\n" + CELL_CHANGE + "\n", git("diff"));
	}

	@Test
	void gitLogPrintsTheChangedCellThroughTheTextconvListing() throws Exception {
		git("commit", "-q", "-a", "-m", "one more application");
		String log = git("log", "-p", "-1", "--format=%s");
		assertTrue(log.contains("\n-表 三 · 一、本年新收 · 自然人: 1\n+表 三 · 一、本年新收 · 自然人: 2\n"), log);
		assertEquals(2, log.lines().filter(line -> line.startsWith("-表") || line.startsWith("+表")).count(), log);
	}

	@Test
	void gitLogWithExtDiffPrintsTheSameAsGitDiff() throws Exception {
		git("commit", "-q", "-a", "-m", "one more application");
		assertEquals("one more application\n\ngovreport diff a/" + REPORT + " b/" + REPORT + "\n" + CELL_CHANGE + "\n",
				git("log", "-p", "-1", "--ext-diff", "--format=%s"));
	}

	/** Quoted for the shell git runs the driver with: the paths may hold spaces. */
	private static String govreport() {
		return "'" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -jar '" + JAR + "'";
	}

	private String git(String... args) throws Exception {
		var command = new ArrayList<String>(List.of("git"));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "git " + String.join(" ", args) + " finished");
		assertEquals(0, process.exitValue(), "git " + String.join(" ", args) + ":\n" + output);
		return output;
	}
}
