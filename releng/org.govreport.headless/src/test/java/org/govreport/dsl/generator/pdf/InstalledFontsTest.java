package org.govreport.dsl.generator.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.govreport.dsl.generator.LibraryLogging;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.SourceLinesReader;
import org.govreport.headless.ExampleReports;
import org.govreport.headless.ReportValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A PDF prints in the embedded faces alone: PDFBox is never asked for a font of the machine's, which would
 * list the installed fonts (a good part of a second where many are) and write ~/.pdfbox.cache.
 */
class InstalledFontsTest {
	private FontMapper before;
	private Counting system;

	@BeforeEach
	void countTheSystemMappersAnswers() {
		LibraryLogging.quiet();
		before = FontMappers.instance();
		system = new Counting(before);
		FontMappers.set(system);
	}

	@AfterEach
	void restore() {
		FontMappers.set(before);
	}

	@Test
	void aReportsPdfIsMadeWithoutLookingForAnInstalledFont() throws Exception {
		var parsed = (org.govreport.dsl.govReport.Report) new ReportValidator().load(ExampleReports.JIANGCHENG_2020)
				.getContents().get(0);
		var report = ReportAssembler.assemble(SourceLinesReader.read(parsed), "江城镇-2020.govreport").report();
		var pdf = new ByteArrayOutputStream();
		new PdfRenderer().render(report, pdf);
		assertTrue(pdf.toString(StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
		assertEquals(0, system.asked.get());
	}

	private static final class Counting implements FontMapper {
		private final FontMapper mapper;
		final AtomicInteger asked = new AtomicInteger();

		Counting(FontMapper mapper) {
			this.mapper = mapper;
		}

		@Override
		public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
			asked.incrementAndGet();
			return mapper.getFontBoxFont(baseFont, descriptor);
		}

		@Override
		public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
			asked.incrementAndGet();
			return mapper.getTrueTypeFont(baseFont, descriptor);
		}

		@Override
		public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
			asked.incrementAndGet();
			return mapper.getCIDFont(baseFont, descriptor, systemInfo);
		}
	}
}
