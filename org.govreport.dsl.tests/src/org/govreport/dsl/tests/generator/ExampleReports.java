package org.govreport.dsl.tests.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.xtext.testing.util.ParseHelper;
import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.generator.Documents;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.SourceLinesReader;
import org.govreport.dsl.tests.Examples;

/** The examples through the real parser into the typed model, and rendered. */
final class ExampleReports {
	private ExampleReports() {
	}

	static Map<String, Report> all(ParseHelper<org.govreport.dsl.govReport.Report> parser) throws Exception {
		var reports = new LinkedHashMap<String, Report>();
		for (Path file : Examples.files()) {
			var name = file.getFileName().toString();
			var parsed = parser.parse(Files.readString(file));
			reports.put(name, ReportAssembler.assemble(SourceLinesReader.read(parsed), name).report());
		}
		return reports;
	}

	static byte[] render(Report report, DocumentFormat format) throws IOException {
		var out = new ByteArrayOutputStream();
		Documents.renderer(format).render(report, out);
		return out.toByteArray();
	}
}
