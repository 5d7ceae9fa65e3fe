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

	/**
	 * 江城镇's page with borders on its tables, eight more paragraphs before 二 and no keeping tables on
	 * one page, converted by LibreOffice: table 三 runs over four pages, its header printed again on each,
	 * the page number between its rows, labels broken over two and three lines in narrow cells that the
	 * text fills to the border. Every cell comes back.
	 */
	@Test
	void rowsAcrossPagesWithRepeatedHeadersAndPageNumbersInside() throws Exception {
		var example = example("江城镇-2020.govreport");
		var name = "江城镇-2020-跨页.pdf";
		var imported = new ReportImporter().read(name, Files.readAllBytes(resources().resolve("libreoffice").resolve(name)));
		assertEquals(cells(dump(model(Files.readString(example), name))), cells(dump(model(imported.text(), name))));
		assertEquals("[ImportNote[place=1:1, message=报告标题中没有年度，取统计期限中的 2020，请核对], "
				+ "ImportNote[place=1:1, message=报告标题和正文中都没有机关名称，请补写“机关：”]]", imported.notes().toString());
	}

	private static String cells(String dump) {
		return dump.lines().filter(line -> line.contains("] = ")).collect(java.util.stream.Collectors.joining("\n"));
	}

}
