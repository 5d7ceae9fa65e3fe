package org.govreport.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.govreport.dsl.importer.ReportImporter;
import org.govreport.dsl.tests.Examples;
import org.junit.jupiter.api.Test;

/**
 * The examples printed to PDF and turned back into text by pdftotext -layout (resources/import/pdftotext)
 * import to the examples' model. Justified PDF lines widen the spaces inside paragraphs, so paragraphs are
 * compared with runs of spaces made one.
 */
class PdfLayoutImportTest extends ImportTesting {

	@Test
	void pdftotextLayoutImportsToTheExample() throws Exception {
		for (Path example : Examples.files()) {
			var name = example.getFileName().toString().replace(".govreport", ".txt");
			var layout = Files.readAllBytes(resources().resolve("pdftotext").resolve(name));
			var imported = new ReportImporter().read(name, layout);
			assertEquals(spacesMadeOne(dump(model(Files.readString(example), name))),
					spacesMadeOne(dump(model(imported.text(), name))), name);
			assertEquals("[]", imported.notes().toString(), name);
		}
	}

}
