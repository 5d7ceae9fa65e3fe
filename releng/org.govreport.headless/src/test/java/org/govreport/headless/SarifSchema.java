package org.govreport.headless;

import java.io.InputStream;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** The published SARIF 2.1.0 schema (see src/test/resources/sarif/README.md), as a test oracle. */
public final class SarifSchema {
	private static final Schema SCHEMA = load();

	private SarifSchema() {
	}

	/** @return what the schema says is wrong with the log, empty when it is valid */
	public static List<String> errors(String sarifLog) {
		return SCHEMA.validate(sarifLog, InputFormat.JSON).stream().map(Error::toString).toList();
	}

	private static Schema load() {
		InputStream schemaText = SarifSchema.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json");
		return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schemaText);
	}
}
