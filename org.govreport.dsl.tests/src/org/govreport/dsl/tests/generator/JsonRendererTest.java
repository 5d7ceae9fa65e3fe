package org.govreport.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

import org.govreport.dsl.generator.DocumentFormat;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The JSON for machines: every figure of the model under its table, row and column key. */
class JsonRendererTest extends RenderedExamples {

	@Test
	void everyFigureIsKeyedByTableRowAndColumn() throws Exception {
		for (var example : examples().entrySet()) {
			var report = example.getValue();
			var json = JsonParser.parseString(new String(render(report, DocumentFormat.JSON), StandardCharsets.UTF_8))
					.getAsJsonObject();
			assertEquals(report.template().id(), json.get("template").getAsString(), example.getKey());
			var tables = json.getAsJsonObject("tables");
			var missing = new ArrayList<String>();
			for (var spec : report.template().tables()) {
				for (var cell : report.table(spec.key()).cells()) {
					JsonObject row = tables.getAsJsonObject(spec.key()).getAsJsonObject("rows").getAsJsonObject(cell.ref().row());
					var value = row.getAsJsonObject("values").get(cell.ref().column());
					if (value == null || value.isJsonNull() || value.getAsBigDecimal().compareTo(cell.value()) != 0) {
						missing.add(cell.ref() + "=" + cell.value() + " but " + value);
					}
				}
			}
			assertTrue(missing.isEmpty(), example.getKey() + ": " + missing);
		}
	}
}
