package org.govreport.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.govreport.dsl.generator.DocumentFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * The PDF of every example as an archive takes it: every font embedded (what {@code pdffonts} lists),
 * in at least three faces, none of the standard 14 that a reader substitutes; and PDF/A-2b by veraPDF,
 * the reference validator, with no failed rule.
 */
class PdfArchivalTest {
	@TempDir
	static Path folder;
	private static List<Path> pdfs;

	@BeforeAll
	static void build() {
		pdfs = BuiltExamples.build(folder, DocumentFormat.PDF).values().stream().flatMap(List::stream).toList();
		VeraGreenfieldFoundryProvider.initialise();
	}

	@Test
	void everyFontIsEmbeddedInAtLeastThreeFaces() throws IOException {
		assertEquals(5, pdfs.size());
		for (Path pdf : pdfs) {
			try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
				var faces = new TreeSet<String>();
				for (PDFont font : fonts(document)) {
					assertTrue(font.isEmbedded(), pdf + ": " + font.getName() + " not embedded");
					assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), pdf + ": " + font.getName() + " not a subset");
					faces.add(font.getName().substring(7));
				}
				assertTrue(faces.size() >= 3, pdf + ": faces " + faces);
				assertTrue(faces.contains("BousungEG-Light-GB") && faces.contains("WenQuanYiMicroHei")
						&& faces.contains("GovReportARPLUMingGB"), pdf + ": body, heading and title faces, not " + faces);
			}
		}
	}

	@Test
	void everyPdfIsPdfA2bWithNoFailedRule() throws Exception {
		for (Path pdf : pdfs) {
			try (InputStream in = Files.newInputStream(pdf);
					var parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
					var validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
				var result = validator.validate(parser);
				var failed = result.getTestAssertions().stream().filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
						.map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " "
								+ assertion.getMessage())
						.distinct().toList();
				assertTrue(failed.isEmpty(), pdf + ": " + failed);
				assertTrue(result.isCompliant(), pdf.toString());
				assertFalse(result.getTotalAssertions() == 0, pdf + ": nothing was checked");
			}
		}
	}

	private static List<PDFont> fonts(PDDocument document) throws IOException {
		var fonts = new ArrayList<PDFont>();
		for (var page : document.getPages()) {
			for (var name : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(name));
			}
		}
		return fonts;
	}
}
