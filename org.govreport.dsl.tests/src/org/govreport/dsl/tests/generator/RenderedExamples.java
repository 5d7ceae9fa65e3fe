package org.govreport.dsl.tests.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.documents.Documents;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.SourceLinesReader;
import org.govreport.dsl.tests.Examples;
import org.govreport.dsl.tests.GovReportInjectorProvider;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Tests on the examples as documents: the examples through the real parser into the typed model, rendered. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovReportInjectorProvider.class)
abstract class RenderedExamples {

	@Inject
	private ParseHelper<org.govreport.dsl.govReport.Report> parser;

	/** By file name, in file name order. */
	protected Map<String, Report> examples() throws Exception {
		var reports = new LinkedHashMap<String, Report>();
		for (Path file : Examples.files()) {
			var name = file.getFileName().toString();
			var parsed = parser.parse(Files.readString(file));
			reports.put(name, ReportAssembler.assemble(SourceLinesReader.read(parsed), name).report());
		}
		return reports;
	}

	protected Report firstExample() throws Exception {
		return examples().values().iterator().next();
	}

	protected static byte[] render(Report report, DocumentFormat format) throws IOException {
		var out = new ByteArrayOutputStream();
		Documents.renderer(format).render(report, out);
		return out.toByteArray();
	}
}
