package org.govreport.dsl.generator.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.govreport.dsl.generator.DocumentRenderer;
import org.govreport.dsl.generator.layout.DocumentLayout;
import org.govreport.dsl.model.Cell;
import org.govreport.dsl.model.Paragraph;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportSection;
import org.govreport.dsl.model.ReportTable;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;

import com.google.gson.stream.JsonWriter;

/**
 * The report for machines: every figure keyed by table, row and column key, with the template version
 * that gives the keys their meaning. The format is described by {@code schema/govreport-report.schema.json}
 * in the language bundle; figures are JSON numbers written exactly (no binary rounding), null when unknown.
 */
public final class JsonRenderer implements DocumentRenderer {
	/** Names the format and its version; a change that breaks readers gets a new one. */
	public static final String FORMAT = "govreport-report/1";

	@Override
	public void render(Report report, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		var json = new JsonWriter(writer);
		json.setIndent("  ");
		json.setHtmlSafe(false);
		json.beginObject();
		json.name("format").value(FORMAT);
		json.name("template").value(report.template().id());
		json.name("title").value(DocumentLayout.title(report));
		json.name("organ").value(report.organ());
		json.name("year").value(report.year());
		json.name("level").value(report.level() == null ? null : report.level().name());
		json.name("tables");
		tables(report, json);
		json.name("text");
		text(report, json);
		json.endObject();
		json.flush();
		writer.write('\n');
		writer.flush();
	}

	private static void tables(Report report, JsonWriter json) throws IOException {
		json.beginObject();
		for (TableSpec spec : report.template().tables()) {
			var table = report.table(spec.key());
			json.name(spec.key()).beginObject();
			// null for 四, printed under its two header groups alone; the schema allows it.
			json.name("title").value(spec.displayName());
			json.name("written").value(table.isWritten());
			json.name("columns").beginObject();
			for (ColumnSpec column : spec.columns()) {
				json.name(column.key()).beginObject();
				json.name("label").value(column.label());
				json.name("kind").value(column.kind().name().toLowerCase(Locale.ROOT));
				json.name("unit").value(column.unit());
				json.endObject();
			}
			json.endObject();
			json.name("rows").beginObject();
			for (RowSpec row : spec.rows()) {
				row(table, row, json);
			}
			json.endObject();
			json.endObject();
		}
		json.endObject();
	}

	private static void row(ReportTable table, RowSpec row, JsonWriter json) throws IOException {
		json.name(row.key()).beginObject();
		json.name("label").value(row.label());
		json.name("groups").beginArray();
		for (String group : row.groups()) {
			json.value(group);
		}
		json.endArray();
		json.name("values").beginObject();
		for (ColumnSpec column : table.spec().columns()) {
			var cell = table.cell(row.key(), column.key());
			json.name(column.key());
			if (cell == null || cell.value() == null) {
				json.nullValue();
			} else {
				json.jsonValue(cell.value().toPlainString());
			}
		}
		json.endObject();
		json.name("origins").beginObject();
		for (ColumnSpec column : table.spec().columns()) {
			Cell cell = table.cell(row.key(), column.key());
			json.name(column.key()).value(cell == null ? null : cell.origin().name().toLowerCase(Locale.ROOT));
		}
		json.endObject();
		json.endObject();
	}

	private static void text(Report report, JsonWriter json) throws IOException {
		json.beginObject();
		json.name("preamble");
		paragraphs(report.preamble(), json);
		json.name("sections").beginArray();
		for (SectionSpec section : report.template().sections()) {
			json.beginObject();
			json.name("number").value(section.number());
			json.name("heading").value(section.officialHeading());
			json.name("paragraphs");
			paragraphs(report.section(section).map(ReportSection::paragraphs).orElse(List.of()), json);
			json.endObject();
		}
		json.endArray();
		json.endObject();
	}

	private static void paragraphs(List<Paragraph> paragraphs, JsonWriter json) throws IOException {
		json.beginArray();
		for (Paragraph paragraph : paragraphs) {
			json.beginObject();
			json.name("text").value(paragraph.text());
			json.name("subHeading").value(paragraph.subHeading());
			json.endObject();
		}
		json.endArray();
	}
}
