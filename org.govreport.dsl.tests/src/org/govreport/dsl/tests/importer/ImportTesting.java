package org.govreport.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.documents.Documents;
import org.govreport.dsl.model.Cell;
import org.govreport.dsl.model.Paragraph;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.model.ReportSection;
import org.govreport.dsl.model.ReportTable;
import org.govreport.dsl.parsing.SourceLinesReader;
import org.govreport.dsl.tests.GovReportInjectorProvider;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Reads .govreport text through the real parser into the typed model, and prints a model as one line per
 * fact (header fields, every paragraph, every cell), so that two models are compared whole and a
 * difference shows as the line that differs.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovReportInjectorProvider.class)
abstract class ImportTesting {

	@Inject
	private ParseHelper<org.govreport.dsl.govReport.Report> parser;

	protected Report model(String text, String name) throws Exception {
		return ReportAssembler.assemble(SourceLinesReader.read(parser.parse(text)), name).report();
	}

	/** The example of that file name (江城镇-2020.govreport) as its renderer prints it. */
	protected String rendered(String fileName, DocumentFormat format) throws Exception {
		var out = new java.io.ByteArrayOutputStream();
		Documents.renderer(format).render(model(Files.readString(example(fileName)), fileName), out);
		return out.toString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The test bundle's resources/import folder; tests run from the bundle or the repository root. */
	protected static Path resources() {
		var folder = Stream.of(Path.of("resources/import"), Path.of("org.govreport.dsl.tests/resources/import"))
				.filter(Files::isDirectory).findFirst();
		assertTrue(folder.isPresent(), "resources/import not found from " + Path.of("").toAbsolutePath());
		return folder.get();
	}

	/** The example of that file name (江城镇-2020.govreport). */
	protected static Path example(String fileName) throws java.io.IOException {
		return org.govreport.dsl.tests.Examples.files().stream().filter(file -> file.getFileName().toString().equals(fileName))
				.findFirst().orElseThrow();
	}

	/** A PDF draws the spaces of justified lines as wide as the line needs: its paragraphs compare so. */
	protected static String spacesMadeOne(String dump) {
		return dump.replaceAll("[ \u3000]+", " ");
	}

	protected static String dump(Report report) {
		var lines = Stream.<String>builder();
		lines.add("机关 " + report.organ()).add("年度 " + report.year()).add("格式 " + report.template().id())
				.add("层级 " + (report.level() == null ? null : report.level().name()));
		report.preamble().forEach(paragraph -> lines.add("前言 " + paragraph.text()));
		for (ReportSection section : report.sections()) {
			lines.add(section.spec().officialHeading());
			section.paragraphs().stream().map(Paragraph::text).forEach(text -> lines.add("  " + text));
		}
		for (ReportTable table : report.tables().values()) {
			for (Cell cell : table.cells()) {
				lines.add(cell.ref() + " = " + (cell.value() == null ? "?" : cell.value().stripTrailingZeros().toPlainString()));
			}
		}
		return lines.build().collect(Collectors.joining("\n"));
	}
}
