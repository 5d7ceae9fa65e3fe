package org.govreport.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.documents.Documents;
import org.govreport.dsl.importer.ReportImporter;
import org.govreport.dsl.skeleton.ReportSkeleton;
import org.govreport.dsl.template.OrganLevels;
import org.govreport.dsl.template.Templates;
import org.govreport.dsl.tests.Examples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every example, and a generated report of each template version with every cell a different non-zero
 * figure, rendered in each published form imports back to the model it was rendered from. A PDF draws
 * the spaces of justified lines as wide as the line needs, so PDF paragraphs are compared with runs of
 * spaces made one.
 */
class RoundTripTest extends ImportTesting {

	@ParameterizedTest
	@EnumSource(value = DocumentFormat.class, names = { "PDF", "HTML", "DOCX", "TXT" })
	void everyExampleImportsBackToTheSameModel(DocumentFormat format) throws Exception {
		for (Path example : Examples.files()) {
			roundTrip(Files.readString(example), example.getFileName().toString(), format);
		}
	}

	@ParameterizedTest
	@EnumSource(value = DocumentFormat.class, names = { "PDF", "HTML", "DOCX", "TXT" })
	void reportsWithEveryCellNonZeroImportBackToTheSameModel(DocumentFormat format) throws Exception {
		roundTrip(everyCellNonZero("江城镇人民政府", 2021), "江城镇人民政府-2021.govreport", format);
		roundTrip(everyCellNonZero("上海市人民政府办公厅", 2019), "上海市人民政府办公厅-2019.govreport", format);
	}

	private void roundTrip(String source, String fileName, DocumentFormat format) throws Exception {
		var name = fileName.replace(".govreport", "." + format.extension());
		var original = model(source, name);
		var rendered = new ByteArrayOutputStream();
		Documents.renderer(format).render(original, rendered);
		var imported = new ReportImporter().read(name, rendered.toByteArray());
		assertEquals(comparable(dump(original), format), comparable(dump(model(imported.text(), name)), format), name);
		assertEquals("[]", imported.notes().toString(), name);
	}

	private static String comparable(String dump, DocumentFormat format) {
		return format == DocumentFormat.PDF ? spacesMadeOne(dump) : dump;
	}

	/** A new report of the year's template with a paragraph in each prose section and every cell 1, 2, 3 …. */
	static String everyCellNonZero(String organ, int year) {
		var skeleton = new ReportSkeleton().skeleton(organ, year, Templates.forYear(year),
				OrganLevels.byOrganName(organ).orElse(null));
		var lines = new ArrayList<String>();
		int figure = 0;
		int paragraph = 0;
		int columns = 0;
		for (String line : skeleton.split("\n", -1)) {
			if (line.strip().equals("\"\"\"") && !lines.isEmpty() && lines.get(lines.size() - 1).strip().equals("\"\"\"")) {
				lines.add("第 " + ++paragraph + " 段说明，本年度共办理 " + paragraph + " 件。");
			}
			var cells = List.of(line.replaceAll("\\s*#.*$", "").split("\\|", -1));
			if (cells.size() > 1 && cells.stream().skip(1).allMatch(cell -> cell.strip().matches("\\d*"))) {
				var filled = new StringBuilder(cells.get(0).strip());
				for (int i = 0; i < columns; i++) {
					filled.append(" | ").append(++figure);
				}
				line = filled.toString();
			} else if (cells.size() > 1) {
				columns = cells.size() - 1;
			}
			lines.add(line);
		}
		return String.join("\n", lines);
	}
}
