package org.govreport.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.generator.Documents;
import org.govreport.dsl.importer.ReportImporter;
import org.govreport.dsl.tests.Examples;
import org.junit.jupiter.api.Test;

/** Every example, rendered as plain text and as Word, imports back to the model it was rendered from. */
class RoundTripTest extends ImportTesting {

	@Test
	void plainTextImportsBackToTheSameModel() throws Exception {
		roundTrip(DocumentFormat.TXT, ".txt");
	}

	@Test
	void wordImportsBackToTheSameModel() throws Exception {
		roundTrip(DocumentFormat.DOCX, ".docx");
	}

	private void roundTrip(DocumentFormat format, String extension) throws Exception {
		for (Path example : Examples.files()) {
			var name = example.getFileName().toString().replace(".govreport", extension);
			var original = model(Files.readString(example), name);
			var rendered = new ByteArrayOutputStream();
			Documents.renderer(format).render(original, rendered);
			var imported = new ReportImporter().read(name, rendered.toByteArray());
			assertEquals(dump(original), dump(model(imported.text(), name)), name);
		}
	}
}
