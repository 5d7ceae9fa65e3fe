package org.govreport.headless;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.SourceLinesReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

/**
 * OFD, read back with ofdrw: as many pages as the PDF, the same text in the same order, its fonts
 * embedded; and the same bytes at every build, in any time zone.
 */
class OfdDocumentTest {
	@TempDir
	Path folder;

	@Test
	void everyExampleOpensWithTheTextOfItsPdf() throws Exception {
		var built = BuiltExamples.build(folder, DocumentFormat.PDF, DocumentFormat.OFD);
		assertEquals(5, built.size());
		for (var documents : built.values()) {
			var pdf = documents.get(0);
			var ofd = documents.get(1);
			try (var document = Loader.loadPDF(pdf.toFile()); var reader = new OFDReader(ofd)) {
				assertEquals(document.getNumberOfPages(), reader.getNumberOfPages(), ofd.toString());
				var pdfText = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
				var ofdText = String.join("", new ContentExtractor(reader).extractAll()).replaceAll("\\s+", "");
				assertTrue(pdfText.length() > 1000, pdf.toString());
				assertEquals(pdfText, ofdText, ofd.toString());
			}
			var names = zipNames(ofd);
			assertTrue(names.stream().anyMatch(name -> name.endsWith(".ttf")), ofd + ": fonts embedded " + names);
		}
	}

	@Test
	void theSameReportGivesTheSameBytesInAnyTimeZone() throws Exception {
		var validator = new ReportValidator();
		var file = ExampleReports.JIANGCHENG_2020;
		var parsed = (org.govreport.dsl.govReport.Report) validator.load(file).getContents().get(0);
		var report = ReportAssembler.assemble(SourceLinesReader.read(parsed), file.getFileName().toString()).report();
		var zone = TimeZone.getDefault();
		try {
			TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
			var first = render(report);
			Thread.sleep(1100);
			TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
			assertArrayEquals(first, render(report));
		} finally {
			TimeZone.setDefault(zone);
		}
	}

	private static byte[] render(org.govreport.dsl.model.Report report) throws Exception {
		var out = new ByteArrayOutputStream();
		ReportBuilder.renderer(DocumentFormat.OFD).render(report, out);
		return out.toByteArray();
	}

	private static List<String> zipNames(Path zip) throws Exception {
		try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
			var names = new java.util.ArrayList<String>();
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
			}
			return names;
		}
	}
}
