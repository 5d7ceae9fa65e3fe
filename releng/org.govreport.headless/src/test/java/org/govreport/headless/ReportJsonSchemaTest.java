package org.govreport.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.template.TemplateDescription;
import org.govreport.dsl.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The JSON documents agree with the schema the project publishes for them (govreport-report.schema.json). */
class ReportJsonSchemaTest {
	private static final Path EXAMPLES = Path.of("../../examples");

	@TempDir
	Path folder;

	private final ReportBuilder builder = new ReportBuilder();

	@Test
	void everyExampleValidates() throws IOException {
		List<Path> examples;
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			examples = files.filter(file -> file.toString().endsWith(".govreport")).sorted().toList();
		}
		assertEquals(5, examples.size());
		for (Path example : examples) {
			assertEquals(List.of(), ProjectSchemas.errors(ProjectSchemas.REPORT, json(example)), example.toString());
		}
	}

	@Test
	void aReportWithEveryCellWrittenValidatesInEachTemplateVersion() throws IOException {
		for (TemplateDescription template : Templates.all()) {
			Path report = Files.writeString(folder.resolve(template.id() + ".govreport"),
					FilledReport.of(template, template.firstYear()));
			String json = json(report);
			assertEquals(List.of(), ProjectSchemas.errors(ProjectSchemas.REPORT, json), template.id());
			assertEquals(List.of(), cellsNotWritten(JsonParser.parseString(json).getAsJsonObject()), template.id());
		}
	}

	@Test
	void aReportWithoutHeaderAndWithAnUnreadableFigureValidates() throws IOException {
		Path report = Files.writeString(folder.resolve("空.govreport"),
				"三、收到和处理政府信息公开申请情况\n申请人情况 | 自然人\n一、本年新收政府信息公开申请数量 | 许多\n");
		String json = json(report);
		assertEquals(List.of(), ProjectSchemas.errors(ProjectSchemas.REPORT, json));
		JsonObject document = JsonParser.parseString(json).getAsJsonObject();
		assertEquals(true, document.get("organ").isJsonNull());
		JsonObject row = document.getAsJsonObject("tables").getAsJsonObject("applications").getAsJsonObject("rows")
				.getAsJsonObject("new");
		assertEquals("invalid", row.getAsJsonObject("origins").get("natural").getAsString());
		assertEquals(true, row.getAsJsonObject("values").get("natural").isJsonNull());
	}

	@Test
	void theSchemaRejectsAFigureWrittenAsText() throws IOException {
		String json = json(EXAMPLES.resolve("江城镇-2020.govreport"));
		String quoted = json.replaceFirst("(\"values\": \\{\\s*\"[a-zA-Z]+\": )([0-9.]+)", "$1\"$2\"");
		assertNotEquals(json, quoted);
		assertNotEquals(List.of(), ProjectSchemas.errors(ProjectSchemas.REPORT, quoted));
	}

	private String json(Path report) throws IOException {
		List<Path> written = builder.build(report, List.of(DocumentFormat.JSON), folder.resolve("out"), true).written();
		assertEquals(1, written.size(), report + " was not built");
		return Files.readString(written.get(0));
	}

	/** Every cell that holds no written figure, as table/row/column. */
	private static List<String> cellsNotWritten(JsonObject document) {
		List<String> notWritten = new ArrayList<>();
		for (var table : document.getAsJsonObject("tables").entrySet()) {
			for (var row : table.getValue().getAsJsonObject().getAsJsonObject("rows").entrySet()) {
				for (var origin : row.getValue().getAsJsonObject().getAsJsonObject("origins").entrySet()) {
					JsonElement value = row.getValue().getAsJsonObject().getAsJsonObject("values").get(origin.getKey());
					if (!"written".equals(origin.getValue().getAsString()) || value.isJsonNull()) {
						notWritten.add(table.getKey() + "/" + row.getKey() + "/" + origin.getKey());
					}
				}
			}
		}
		return notWritten;
	}
}
