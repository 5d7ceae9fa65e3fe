package org.govreport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher runs JDKs before 21 on their older locale data (COMPAT) rather than CLDR, for start-up
 * (issue 17): what the commands write must not depend on which, as nothing of ours formats by locale and
 * the libraries that write dates (PDFBox, POI, ofdrw) must not either. Every format of an example, a
 * workbook and an import, written under each, byte for byte.
 */
class LocaleDataIT {
	private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
	private static final Path JAR = Path.of(System.getProperty("govreport.jar", "target/govreport.jar")).toAbsolutePath();
	private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

	@TempDir
	Path top;

	@Test
	void documentsWorkbooksAndImportsAreTheSameWithEitherLocaleData() throws Exception {
		assumeTrue(Runtime.version().feature() < 23, "JDK 23 removed the older locale data");
		Path cldr = writeAll("CLDR");
		Path compat = writeAll("COMPAT");
		List<Path> written = files(cldr);
		assertTrue(written.size() >= 9, written::toString);
		assertEquals(written, files(compat));
		for (Path file : written) {
			assertArrayEquals(Files.readAllBytes(cldr.resolve(file)), Files.readAllBytes(compat.resolve(file)), file.toString());
		}
	}

	private Path writeAll(String localeData) throws Exception {
		Path out = Files.createDirectories(top.resolve(localeData));
		String example = REPOSITORY.resolve("examples/江城镇-2020.govreport").toString();
		run(localeData, "build", example, "--to", "html,docx,pdf,txt,json,ofd", "-o", out.toString());
		run(localeData, "table", example, "-o", out.resolve("figures.xlsx").toString());
		run(localeData, "import", out.resolve("江城镇-2020.pdf").toString(), "-o", out.resolve("from-pdf.govreport").toString());
		run(localeData, "import", out.resolve("江城镇-2020.docx").toString(), "-o", out.resolve("from-docx.govreport").toString());
		return out;
	}

	private void run(String localeData, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-Djava.locale.providers=" + localeData,
				"-cp", JAR.toString(), GovReportCommand.class.getName()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).directory(top.toFile()).redirectErrorStream(true).start();
		String said = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(5, TimeUnit.MINUTES));
		assertEquals(0, process.exitValue(), said);
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> all = Files.walk(folder)) {
			return all.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
		}
	}
}
