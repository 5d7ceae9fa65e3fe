package org.govreport.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.generator.DocumentRenderer;
import org.govreport.dsl.generator.DocumentWriter;
import org.govreport.documents.Documents;
import org.govreport.dsl.tests.ReportTesting;
import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs are named after organ and year, stay in their folder, and are replaced all or nothing. */
class DocumentWriterTest {

	@TempDir
	Path folder;

	@Test
	void writesEachFormatNamedAfterOrganAndYear() throws IOException {
		var written = new DocumentWriter(Documents::renderer).write(ReportTesting.report(SampleReports.V2019),
				List.of(DocumentFormat.HTML, DocumentFormat.TXT, DocumentFormat.JSON), folder);
		assertEquals(List.of("测试镇-2020.html", "测试镇-2020.txt", "测试镇-2020.json"), names(written));
		assertEquals(List.of("测试镇-2020.html", "测试镇-2020.json", "测试镇-2020.txt"), names(list(folder)));
	}

	@Test
	void anOrganNameCannotLeaveTheFolder() throws IOException {
		var report = ReportTesting.report(ReportTesting.edit(SampleReports.V2019, "机关：测试镇", "机关：../../etc/x"));
		var written = new DocumentWriter(Documents::renderer).write(report, List.of(DocumentFormat.TXT), folder);
		assertEquals(List.of("etc_x-2020.txt"), names(list(folder)));
		assertEquals(folder, written.get(0).getParent());
	}

	@Test
	void aFailingRendererLeavesThePreviousOutputsIntact() throws IOException {
		var report = ReportTesting.report(SampleReports.V2019);
		var formats = List.of(DocumentFormat.HTML, DocumentFormat.PDF);
		new DocumentWriter(format -> previous(format)).write(report, formats, folder);
		var html = folder.resolve("测试镇-2020.html");
		var before = Files.readAllBytes(html);

		DocumentRenderer failing = (r, out) -> {
			out.write("half a PDF".getBytes());
			throw new IOException("disk full");
		};
		var writer = new DocumentWriter(format -> format == DocumentFormat.PDF ? failing : Documents.renderer(format));
		assertThrows(IOException.class, () -> writer.write(report, formats, folder));

		assertArrayEquals(before, Files.readAllBytes(html), "the HTML rendered before the failure was not moved in");
		assertEquals("previous PDF", Files.readString(folder.resolve("测试镇-2020.pdf")));
		assertEquals(List.of("测试镇-2020.html", "测试镇-2020.pdf"), names(list(folder)), "no temporary file left");
	}

	@Test
	void aFailedMovePutsBackTheDocumentsAlreadyReplaced() throws IOException {
		var report = ReportTesting.report(SampleReports.V2019);
		var formats = List.of(DocumentFormat.HTML, DocumentFormat.TXT, DocumentFormat.JSON);
		new DocumentWriter(format -> previous(format)).write(report, List.of(DocumentFormat.HTML, DocumentFormat.JSON), folder);
		// the TXT's name is taken by a folder: its move fails after the HTML's succeeded
		Files.writeString(Files.createDirectory(folder.resolve("测试镇-2020.txt")).resolve("keep"), "");

		assertThrows(IOException.class, () -> new DocumentWriter(Documents::renderer).write(report, formats, folder));

		assertEquals("previous HTML", Files.readString(folder.resolve("测试镇-2020.html")));
		assertEquals("previous JSON", Files.readString(folder.resolve("测试镇-2020.json")));
		assertEquals(List.of("测试镇-2020.html", "测试镇-2020.json", "测试镇-2020.txt"), names(list(folder)), "no temporary file left");
	}

	@Test
	void aDocumentNewInAFailedSetIsRemovedAgain() throws IOException {
		var report = ReportTesting.report(SampleReports.V2019);
		Files.writeString(Files.createDirectory(folder.resolve("测试镇-2020.txt")).resolve("keep"), "");
		assertThrows(IOException.class,
				() -> new DocumentWriter(Documents::renderer).write(report, List.of(DocumentFormat.HTML, DocumentFormat.TXT), folder));
		assertEquals(List.of("测试镇-2020.txt"), names(list(folder)));
	}

	private static DocumentRenderer previous(DocumentFormat format) {
		return (report, out) -> out.write(("previous " + format).getBytes());
	}

	private static List<Path> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

	private static List<String> names(List<Path> files) {
		return files.stream().map(file -> file.getFileName().toString()).toList();
	}
}
