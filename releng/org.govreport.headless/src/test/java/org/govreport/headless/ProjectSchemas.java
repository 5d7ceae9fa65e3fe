package org.govreport.headless;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The JSON schemas the project publishes (org.govreport.dsl/schema), as test oracles: what an integrator
 * validating our output with a standard JSON Schema 2020-12 validator would be told.
 */
public final class ProjectSchemas {
	private static final Path FOLDER = Path.of("../../org.govreport.dsl/schema");
	public static final Schema REPORT = load("govreport-report.schema.json");
	public static final Schema FINDINGS = load("govreport-findings.schema.json");

	private ProjectSchemas() {
	}

	/** @return what the schema says is wrong with the document, empty when it is valid */
	public static List<String> errors(Schema schema, String json) {
		return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
	}

	private static Schema load(String name) {
		try (InputStream text = Files.newInputStream(FOLDER.resolve(name))) {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
