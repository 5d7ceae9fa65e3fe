package org.govreport.headless;

import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The findings as one JSON object: counts first, so that a script can stop there, then one entry per
 * finding with its whole range and, where the checks know it, the value that would fix it. The form is
 * published as org.govreport.dsl/schema/govreport-findings.schema.json; a change here changes it too.
 */
final class JsonFindings {

	private JsonFindings() {
	}

	static String render(List<CheckedReport> reports) {
		CheckSummary summary = CheckSummary.of(reports);
		JsonObject root = new JsonObject();
		root.addProperty("files", summary.files());
		root.addProperty("errors", summary.errors());
		root.addProperty("warnings", summary.warnings());
		JsonArray findings = new JsonArray();
		reports.stream().flatMap(report -> report.findings().stream()).map(JsonFindings::finding)
				.forEach(findings::add);
		root.add("findings", findings);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
	}

	private static JsonObject finding(Finding finding) {
		JsonObject json = new JsonObject();
		json.addProperty("file", finding.file().toString());
		json.addProperty("line", finding.line());
		json.addProperty("column", finding.column());
		json.addProperty("endLine", finding.endLine());
		json.addProperty("endColumn", finding.endColumn());
		json.addProperty("severity", GccStyle.severity(finding));
		json.addProperty("code", finding.code());
		json.addProperty("message", finding.message());
		if (finding.fixValue() != null) {
			json.addProperty("fix", finding.fixValue());
		}
		return json;
	}
}
