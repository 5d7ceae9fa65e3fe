package org.govreport.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.govreport.dsl.importer.ReportImporter;
import org.govreport.dsl.tests.Examples;
import org.junit.jupiter.api.Test;

/**
 * PDFs another producer made of our documents import to the examples' model: LibreOffice 7.4 converting
 * the examples' .docx (resources/import/libreoffice). Its layout differs from our renderer's (fonts,
 * cell padding, where lines wrap), and the importer reads the PDF itself, no external program. As with
 * every PDF, paragraphs are compared with runs of spaces made one.
 */
class PdfProducersTest extends ImportTesting {
	/**
	 * LibreOffice hangs a line-ending 、 into the margin and leaves it out of the PDF (町店镇, page 4: neither
	 * PDFBox nor pdftotext finds it, and it is not drawn); the import cannot give back what the PDF lacks.
	 */
	private static final String DROPPED_BY_LIBREOFFICE = "公平公正、便民利民";
	private static final String WITHOUT_IT = "公平公正便民利民";

	@Test
	void libreOfficePdfsOfTheExamplesImportToTheExamples() throws Exception {
		for (Path example : Examples.files()) {
			var name = example.getFileName().toString().replace(".govreport", ".pdf");
			var pdf = Files.readAllBytes(resources().resolve("libreoffice").resolve(name));
			var imported = new ReportImporter().read(name, pdf);
			var source = dump(model(Files.readString(example), name)).replace(DROPPED_BY_LIBREOFFICE, WITHOUT_IT);
			assertEquals(spacesMadeOne(source),
					spacesMadeOne(dump(model(imported.text(), name))), name);
			assertEquals("[]", imported.notes().toString(), name);
		}
	}

	private static String spacesMadeOne(String dump) {
		return dump.replaceAll("[ \u3000]+", " ");
	}
}
