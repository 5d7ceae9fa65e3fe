package org.govreport.dsl.generator.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.govreport.dsl.generator.LibraryLogging;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.SourceLinesReader;
import org.govreport.headless.ExampleReports;
import org.govreport.headless.ReportValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The standard fonts' stand-ins: looked for only when used while a PDF is laid out, as before elsewhere. */
class DeferredStandardFontsTest {
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
	void whileLayingOutAStandardFontsStandInIsLookedForOnlyWhenAGlyphIsWanted() throws IOException {
		var made = new AtomicReference<PDType1Font>();
		DeferredStandardFonts.during(() -> made.set(new PDType1Font(FontName.HELVETICA)));
		assertEquals(0, system.asked.get(), "looked for while laying out");

		var font = made.get().getFontBoxFont();
		String expected = before.getFontBoxFont("Helvetica", made.get().getFontDescriptor()).getFont().getName();
		assertEquals(expected, font.getName(), "the stand-in PDFBox's own mapper gives");
		assertTrue(font.hasGlyph("A") || font.hasGlyph("uni0041") || font.getPath("A") != null);
		assertEquals(1, system.asked.get(), "looked for once, when used");
	}

	@Test
	void elsewhereAndForOtherFontsTheMapperAnswersAsBefore() throws IOException {
		new PDType1Font(FontName.ZAPF_DINGBATS);
		assertEquals(1, system.asked.get(), "outside a layout");

		DeferredStandardFonts.during(() -> FontMappers.instance().getFontBoxFont("NoSuchFontAnywhere", null));
		assertEquals(2, system.asked.get(), "a font other than the standard ones");
	}

	/** openhtmltopdf makes Helvetica and ZapfDingbats for every PDF; PDFBox no longer looks for their stand-ins. */
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

	@Test
	void theWarmUpReadsTheStandardFontsMetricsWithoutLookingForStandIns() throws Exception {
		PdfRenderer.readStandardFontMetrics();
		PdfRenderer.setUpXml();
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
			return mapper.getTrueTypeFont(baseFont, descriptor);
		}

		@Override
		public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
			return mapper.getCIDFont(baseFont, descriptor, systemInfo);
		}
	}
}
