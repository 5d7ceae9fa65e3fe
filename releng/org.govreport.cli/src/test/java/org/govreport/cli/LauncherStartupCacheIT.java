package org.govreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's start-up cache (issue 17), on a copy of the launcher, the jar and the examples in a folder
 * of its own, so that the build's own archive is left alone: made on the first run, used by the next, made
 * again when the jar is newer, and holding the libraries shipped as Java 5 class files too; with JDK 17 an
 * AppCDS archive, with JDK 25 and later an ahead-of-time cache.
 */
class LauncherStartupCacheIT {
	private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
	private static final Path JAR = Path.of(System.getProperty("govreport.jar", "target/govreport.jar")).toAbsolutePath();
	private static final List<String> OLD_LIBRARIES = List.of("picocli.", "org.antlr.runtime.", "org.apache.log4j.");

	@TempDir
	Path top;

	/** The JVM the launcher finds, or the newest JDK 25 or later on the machine, for its ahead-of-time cache. */
	private String javaHome;
	private String suffix = ".jsa";
	/** TMPDIR of the launcher, when not the machine's. */
	private Path temporaryFiles;

	@Test
	void theArchiveIsMadeUsedAndMadeAgainForANewerJar() throws Exception {
		madeUsedAndMadeAgain();
	}

	@Test
	void aJdkOf25OrLaterKeepsAnAheadOfTimeCacheInstead() throws Exception {
		Optional<Path> jdk = JdkReleases.newestFrom(25, Path.of("/usr/lib/jvm"));
		assumeTrue(jdk.isPresent(), "no JDK 25 or later in /usr/lib/jvm");
		javaHome = jdk.get().toString();
		suffix = ".aot";
		madeUsedAndMadeAgain();
	}

	/**
	 * JDK 17 maps none of a jar's classes from the archive when the jar's path has a space or Chinese in it;
	 * the launcher runs such a jar from a copy under a plain path (in TMPDIR, here the test's own folder).
	 */
	@Test
	void aCheckoutInAFolderNamedWithASpaceAndChineseStartsFromTheArchiveToo() throws Exception {
		temporaryFiles = top;
		top = Files.createDirectories(top.resolve("年度报告 2020"));
		madeUsedAndMadeAgain();
		try (Stream<Path> copies = Files.walk(temporaryFiles, 2)) {
			assertEquals(1, copies.filter(file -> file.getFileName().toString().matches("govreport-\\d+\\.jar")).count(),
					"one copy of the jar under " + temporaryFiles);
		}
	}

	/**
	 * A checkout its user cannot write to (installed for every user, mounted read-only) keeps no archive and
	 * still checks; the archive's folder is a file here, which not even root can make a folder of.
	 */
	@Test
	void aCheckoutWhereTheArchiveCannotBeWrittenStillChecks() throws Exception {
		Path jar = copyLauncher();
		Files.writeString(jar.resolveSibling("cds"), "");
		run(Path.of("unwritable.log"));
		assertTrue(Files.readString(top.resolve("unwritable.log.out"))
				.startsWith("examples/江城镇-2020.govreport:3:1: info [govreport.previous.notFound]"));
		assertTrue(Files.readAllLines(top.resolve("unwritable.log")).stream()
				.noneMatch(line -> line.contains(" picocli.CommandLine source: shared objects file")), "no archive");
	}

	/**
	 * A short run compiles on one thread, as JDK 25 chooses by itself; JDK 17 would start two on two cores,
	 * which took the cores from the threads doing the work (BENCHMARKS.md, third round).
	 */
	@Test
	void aCheckCompilesOnOneThread() throws Exception {
		copyLauncher();
		run(Path.of("flags.log"), "-XX:+PrintFlagsFinal");
		assertEquals("1", flag("flags.log", "CICompilerCount"), "CICompilerCount of the check's JVM");
	}

	/**
	 * A build's first PDF allocates about 200 MB; its JVM starts with a heap large enough on this machine
	 * for that to fit in the young generation, and a check's keeps the default (BENCHMARKS.md, fourth round).
	 */
	@Test
	void aBuildStartsWithALargerInitialHeapThanACheck() throws Exception {
		copyLauncher();
		run(Path.of("build-flags.log"), "-XX:+PrintFlagsFinal", "build", "--to", "txt", "-o", "out",
				"examples/江城镇-2020.govreport");
		run(Path.of("check-flags.log"), "-XX:+PrintFlagsFinal");
		assertEquals("4.000000", flag("build-flags.log", "InitialRAMPercentage"));
		assertEquals("1.562500", flag("check-flags.log", "InitialRAMPercentage"));
	}

	/**
	 * What a fresh JVM would link at run time for a check, the JDK's start-up cache cannot hold: our string
	 * concatenations are compiled inline and the records a check compares or hashes have their methods
	 * written out (BENCHMARKS.md, fourth round). Seen through the JDK's trace of every call site it links.
	 */
	@Test
	void aCheckLinksNoStringConcatenationOrRecordMethodOfOurs() throws Exception {
		copyLauncher();
		run(Path.of("linkage.log"), "-Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true");
		List<String> linked = Files.readAllLines(top.resolve("linkage.log.out"), StandardCharsets.UTF_8).stream()
				.filter(line -> line.startsWith("linkCallSite org.govreport.")).toList();
		assertTrue(linked.stream().anyMatch(line -> line.contains("LambdaMetafactory")), "the trace lists our lambdas: " + linked.size());
		assertEquals(List.of(), linked.stream()
				.filter(line -> line.contains("StringConcatFactory") || line.contains("ObjectMethods")).toList());
	}

	/**
	 * A check's JVM on a JDK before 21 reads the JDK's older locale data, which EMF's date formats set up in
	 * half the time (BENCHMARKS.md, sixth round); JDK 21 and later would warn about it at every start.
	 */
	@Test
	void aCheckOnAJdkBefore21ReadsTheOlderLocaleData() throws Exception {
		copyLauncher();
		Path loaded = run(Path.of("locale.log"));
		boolean cldr = Files.readAllLines(loaded).stream().anyMatch(line -> line.contains("] sun.util.cldr.CLDRLocaleProviderAdapter "));
		assertEquals(Runtime.version().feature() >= 21, cldr, "the CLDR locale data is set up on JDK " + Runtime.version().feature());
	}

	/**
	 * The launcher keeps which java it found, its links followed, and finds it again when that note no longer
	 * names the same file (another JDK chosen with update-alternatives) or when none can be found.
	 */
	@Test
	void theJavaFoundIsKeptAndFoundAgainWhenItChanges() throws Exception {
		copyLauncher();
		run(Path.of("first.log"));
		Path note = top.resolve("releng/org.govreport.cli/target/cds/java");
		List<String> found = Files.readAllLines(note);
		assertEquals(2, found.size(), found::toString);
		assertTrue(Files.isSameFile(Path.of(found.get(1)), Path.of(found.get(0))), found::toString);

		// as if another JDK had been chosen since: the note names a file that is not the java found now
		Files.write(note, List.of(found.get(0), "/bin/sh"));
		run(Path.of("second.log"));
		assertEquals(found, Files.readAllLines(note));
		assertEquals(Files.readString(top.resolve("first.log.out")), Files.readString(top.resolve("second.log.out")));

		String missing = top.resolve("no-such-jdk").toString();
		List<String> command = List.of(top.resolve("govreport").toString(), "check", "examples/江城镇-2020.govreport");
		ProcessBuilder builder = new ProcessBuilder(command).directory(top.toFile()).redirectErrorStream(true);
		builder.environment().put("JAVA_HOME", missing);
		Process process = builder.start();
		String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(1, TimeUnit.MINUTES));
		assertEquals(127, process.exitValue(), said);
		assertEquals("govreport: no java found in JAVA_HOME (" + missing + "); install JDK 17 or later, or set JAVA_HOME\n", said);
	}

	private String flag(String log, String name) throws IOException {
		return Files.readAllLines(top.resolve(log + ".out"), StandardCharsets.UTF_8).stream()
				.filter(line -> line.matches("\\s*\\w+ " + name + "\\s+=.*")).map(line -> line.split("=")[1].trim().split("\\s+")[0])
				.findFirst().orElseThrow(() -> new AssertionError(name + " not among the flags in " + log));
	}

	private Path copyLauncher() throws IOException {
		Path jar = top.resolve("releng/org.govreport.cli/target/govreport.jar");
		Files.createDirectories(jar.getParent());
		Files.copy(JAR, jar);
		Files.copy(REPOSITORY.resolve("govreport"), top.resolve("govreport"), StandardCopyOption.COPY_ATTRIBUTES);
		Path examples = Files.createDirectories(top.resolve("examples"));
		Files.copy(REPOSITORY.resolve("examples/江城镇-2020.govreport"), examples.resolve("江城镇-2020.govreport"));
		return jar;
	}

	private void madeUsedAndMadeAgain() throws Exception {
		Path jar = copyLauncher();
		run(Path.of("first.log"));
		String findings = Files.readString(top.resolve("first.log.out"));
		assertTrue(findings.startsWith("examples/江城镇-2020.govreport:3:1: info [govreport.previous.notFound]"), findings);

		Path archive = onlyArchive();
		FileTime made = Files.getLastModifiedTime(archive);
		Path loaded = run(Path.of("second.log"));
		assertEquals(findings, Files.readString(top.resolve("second.log.out")));
		assertEquals(made, Files.getLastModifiedTime(archive), "a fresh archive is used as it is");
		assertFromTheArchive(loaded, archive);

		// as if the jar had been built after the archive was made
		Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
		Path reloaded = run(Path.of("third.log"));
		assertEquals(findings, Files.readString(top.resolve("third.log.out")));
		assertEquals(archive, onlyArchive(), "the stale archive is replaced, nothing is left beside it");
		assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0,
				"the archive is made again after the jar changed");
		assertFromTheArchive(reloaded, archive);
	}

	/** Every class of picocli, ANTLR 3 and log4j 1 a check loads is mapped from the archive. */
	private static void assertFromTheArchive(Path classLoading, Path archive) throws IOException {
		List<String> lines = Files.readAllLines(classLoading);
		assertTrue(lines.stream().anyMatch(line -> line.contains(" picocli.CommandLine source: shared objects file")),
				"picocli comes from " + archive);
		List<String> fromTheJar = lines.stream().filter(line -> !line.contains("source: shared objects file"))
				.filter(line -> OLD_LIBRARIES.stream().anyMatch(library -> line.contains("] " + library))).toList();
		assertEquals(List.of(), fromTheJar);
	}

	/** Runs the copied launcher's check of the example, logging the classes it loads into {@code log}. */
	private Path run(Path log) throws IOException, InterruptedException {
		// JAVA_TOOL_OPTIONS are split at spaces: the log goes to a folder whose path has none
		Path classLoading = (temporaryFiles != null ? temporaryFiles : top).resolve(log);
		run(log, "-Xlog:class+load:file=" + classLoading);
		return classLoading;
	}

	/** Runs the copied launcher's check of the example with these options for its JVMs. */
	private void run(Path log, String javaOptions) throws IOException, InterruptedException {
		run(log, javaOptions, "check", "examples/江城镇-2020.govreport");
	}

	/** Runs the copied launcher with these options for its JVMs and these arguments. */
	private void run(Path log, String javaOptions, String... arguments) throws IOException, InterruptedException {
		List<String> command = Stream.concat(Stream.of(top.resolve("govreport").toString()), Stream.of(arguments)).toList();
		ProcessBuilder builder = new ProcessBuilder(command).directory(top.toFile())
				.redirectOutput(top.resolve(log + ".out").toFile()).redirectError(top.resolve(log + ".err").toFile());
		builder.environment().put("JAVA_TOOL_OPTIONS", javaOptions);
		if (javaHome != null) {
			builder.environment().put("JAVA_HOME", javaHome);
		}
		if (temporaryFiles != null) {
			builder.environment().put("TMPDIR", temporaryFiles.toString());
		}
		Process process = builder.start();
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the launcher finished");
		String err = Files.readString(top.resolve(log + ".err"), StandardCharsets.UTF_8);
		assertEquals(0, process.exitValue(), err);
	}

	/** The one archive in target/cds, beside the launcher's note of which java it found. */
	private Path onlyArchive() throws IOException {
		try (Stream<Path> files = Files.list(top.resolve("releng/org.govreport.cli/target/cds"))) {
			List<Path> all = files.filter(file -> !file.getFileName().toString().equals("java")).toList();
			assertEquals(1, all.size(), all::toString);
			assertTrue(all.get(0).getFileName().toString().endsWith(suffix), all::toString);
			return all.get(0);
		}
	}
}
