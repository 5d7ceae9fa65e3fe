package org.govreport.headless;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.SourceLinesReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.DeltaTool;
import org.ofdrw.reader.OFDReader;

/**
 * OFD, read back with ofdrw: as many pages as the PDF, the same text in the same order, a line of text one
 * text object, every character in an embedded font that maps it; and the same bytes at every build, in
 * any time zone and locale.
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
	void everyCharacterIsInTheEmbeddedFontItIsSetIn() throws Exception {
		var ofd = BuiltExamples.build(folder, DocumentFormat.OFD).get("江城镇-2020.govreport").get(0);
		try (var reader = new OFDReader(ofd)) {
			var cmaps = new HashMap<String, CmapLookup>();
			int characters = 0;
			for (TextObject text : new ContentExtractor(reader).extractAllTextObject()) {
				var fontId = text.getFont().toString();
				var cmap = cmaps.computeIfAbsent(fontId, id -> embeddedCmap(reader, id));
				for (var code : text.getTextCodes()) {
					for (int codePoint : code.getContent().codePoints().toArray()) {
						assertTrue(cmap.getGlyphId(codePoint) > 0, Character.toString(codePoint) + " in font " + fontId);
						characters++;
					}
				}
			}
			assertTrue(characters > 1000, "characters checked: " + characters);
		}
	}

	@Test
	void aLineIsOneTextObjectWithEachCharacterWhereThePdfSetsIt() throws Exception {
		var documents = BuiltExamples.build(folder, DocumentFormat.PDF, DocumentFormat.OFD).get("江城镇-2020.govreport");
		var title = "江城镇2020年政府信息公开工作年度报告";
		var pdfXs = firstPagePositions(documents.get(0), title);
		try (var reader = new OFDReader(documents.get(1))) {
			var line = new ContentExtractor(reader).getPageTextObject(1).stream()
					.filter(text -> text.getTextCodes().get(0).getContent().equals(title)).findFirst()
					.orElseThrow(() -> new AssertionError("no text object holds the whole title"));
			var code = line.getTextCodes().get(0);
			var deltas = DeltaTool.getDelta(code.getDeltaX(), title.length());
			double x = line.getBoundary().getTopLeftX() + code.getX();
			for (int i = 0; i < title.length(); i++) {
				assertEquals(pdfXs.get(i), x, 0.01, "x of " + title.charAt(i) + " (" + i + "), DeltaX " + code.getDeltaX());
				x += i < deltas.size() ? deltas.get(i) : 0;
			}
		}
	}

	/** Where the PDF sets each character of a text on page 1, in millimetres. */
	private static List<Double> firstPagePositions(Path pdf, String text) throws Exception {
		var characters = new StringBuilder();
		var xs = new ArrayList<Double>();
		var stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String string, List<TextPosition> positions) {
				for (TextPosition position : positions) {
					characters.append(position.getUnicode());
					xs.add(position.getXDirAdj() * 25.4 / 72);
				}
			}
		};
		stripper.setEndPage(1);
		try (var document = Loader.loadPDF(pdf.toFile())) {
			stripper.getText(document);
		}
		int start = characters.indexOf(text);
		assertTrue(start >= 0, characters.toString());
		return xs.subList(start, start + text.length());
	}

	private static CmapLookup embeddedCmap(OFDReader reader, String fontId) {
		// ofdrw gives the font file's location in the package, from its root
		var location = reader.getResMgt().getFont(fontId).getFontFile().toString().replaceFirst("^/", "");
		var path = reader.getWorkDir().resolve(location);
		assertTrue(Files.isRegularFile(path), "font file " + location + " in the package");
		try {
			return new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile())).getUnicodeCmapLookup();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Test
	void theSameReportGivesTheSameBytesInAnyTimeZoneAndLocale() throws Exception {
		var validator = new ReportValidator();
		var file = ExampleReports.JIANGCHENG_2020;
		var parsed = (org.govreport.dsl.govReport.Report) validator.load(file).getContents().get(0);
		var report = ReportAssembler.assemble(SourceLinesReader.read(parsed), file.getFileName().toString()).report();
		var zone = TimeZone.getDefault();
		var locale = Locale.getDefault();
		try {
			TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
			Locale.setDefault(Locale.ROOT);
			var first = render(report);
			Thread.sleep(1100);
			TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
			// a decimal comma, and digits other than 0-9, in what the locale's number formats write
			Locale.setDefault(Locale.GERMANY);
			assertArrayEquals(first, render(report));
			Locale.setDefault(Locale.forLanguageTag("ar-EG"));
			assertArrayEquals(first, render(report));
		} finally {
			TimeZone.setDefault(zone);
			Locale.setDefault(locale);
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
