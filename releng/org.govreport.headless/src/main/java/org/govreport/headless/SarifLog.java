package org.govreport.headless;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A SARIF 2.1.0 log of one run: every issue code met becomes a rule, every finding a result pointing at
 * its file and region. Relative paths stay relative (code scanning resolves them against the checkout);
 * absolute ones become file URIs.
 */
final class SarifLog {
	private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	private SarifLog() {
	}

	static String render(List<CheckedReport> reports) {
		Map<String, Integer> ruleIndexes = new LinkedHashMap<>();
		JsonArray results = new JsonArray();
		reports.stream().flatMap(report -> report.findings().stream())
				.forEach(finding -> results.add(result(finding, ruleIndexes)));

		JsonObject driver = new JsonObject();
		driver.addProperty("name", "govreport");
		driver.addProperty("version", GovReportVersion.VERSION);
		JsonArray rules = new JsonArray();
		ruleIndexes.keySet().forEach(id -> rules.add(rule(id)));
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);

		JsonObject run = new JsonObject();
		run.add("tool", tool);
		run.add("results", results);
		JsonArray runs = new JsonArray();
		runs.add(run);

		JsonObject log = new JsonObject();
		log.addProperty("$schema", SCHEMA);
		log.addProperty("version", "2.1.0");
		log.add("runs", runs);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log);
	}

	private static JsonObject rule(String id) {
		JsonObject rule = new JsonObject();
		rule.addProperty("id", id);
		return rule;
	}

	private static JsonObject result(Finding finding, Map<String, Integer> ruleIndexes) {
		String ruleId = finding.code() == null ? "govreport" : finding.code();
		JsonObject result = new JsonObject();
		result.addProperty("ruleId", ruleId);
		result.addProperty("ruleIndex", ruleIndexes.computeIfAbsent(ruleId, id -> ruleIndexes.size()));
		// SARIF calls information "note"
		result.addProperty("level", finding.isInfo() ? "note" : GccStyle.severity(finding));
		JsonObject message = new JsonObject();
		message.addProperty("text", finding.message());
		result.add("message", message);
		JsonArray locations = new JsonArray();
		locations.add(location(finding));
		result.add("locations", locations);
		return result;
	}

	private static JsonObject location(Finding finding) {
		JsonObject artifact = new JsonObject();
		artifact.addProperty("uri", uri(finding.file()));
		JsonObject region = new JsonObject();
		region.addProperty("startLine", finding.line());
		region.addProperty("startColumn", finding.column());
		region.addProperty("endLine", finding.endLine());
		region.addProperty("endColumn", finding.endColumn());
		JsonObject physical = new JsonObject();
		physical.add("artifactLocation", artifact);
		physical.add("region", region);
		JsonObject location = new JsonObject();
		location.add("physicalLocation", physical);
		return location;
	}

	/** A URI reference, percent-encoded: SARIF wants URIs, and report names are Chinese. */
	static String uri(Path file) {
		if (file.isAbsolute()) {
			return file.toUri().toASCIIString();
		}
		try {
			return new URI(null, null, file.toString().replace(file.getFileSystem().getSeparator(), "/"), null)
					.toASCIIString();
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException(file + ": not expressible as a URI", e);
		}
	}
}
