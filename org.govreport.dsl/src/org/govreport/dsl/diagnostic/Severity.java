package org.govreport.dsl.diagnostic;

public enum Severity {
	ERROR, WARNING,
	/** Something the writer should know that is no fault of the report (last year's report not found). */
	INFO
}
