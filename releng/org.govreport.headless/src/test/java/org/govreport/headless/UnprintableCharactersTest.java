package org.govreport.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govreport.dsl.generator.DocumentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rare characters of real place names print, from the fallback face (𬱖 of Extension E, 䢺 of Extension
 * A); a character no embedded face has (an emoji, 𠀀) is named in a warning with its line and column,
 * never dropped silently.
 */
class UnprintableCharactersTest {
	@TempDir
	Path folder;

	@Test
	void rareCharactersPrintAndTheOthersAreNamedWhereTheyAre() throws Exception {
		var source = ExampleReports.edit(ExampleReports.jiangcheng2020(), "一、总体情况\n\"\"\"\n",
				"一、总体情况\n\"\"\"\n江城镇𬱖溪村、䢺口村的群众反映😀，另有𠀀字。\n");
		var file = folder.resolve("江城镇-2020.govreport");
		Files.writeString(file, source);
		var built = new ReportBuilder().build(file, List.of(DocumentFormat.PDF), folder.resolve("out"), false);

		var warnings = built.checked().findings().stream().filter(finding -> finding.code().equals(UnprintableFindings.CODE)).toList();
		assertEquals(2, warnings.size(), warnings.toString());
		assertEquals(10, warnings.get(0).line());
		assertEquals(17, warnings.get(0).column());
		assertTrue(warnings.get(0).message().contains("U+1F600"), warnings.get(0).message());
		assertEquals(22, warnings.get(1).column());
		assertTrue(warnings.get(1).message().contains("U+20000"), warnings.get(1).message());
		try (var pdf = Loader.loadPDF(built.written().get(0).toFile())) {
			var text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("江城镇𬱖溪村、䢺口村"), "printed from the fallback face");
		}
	}
}
