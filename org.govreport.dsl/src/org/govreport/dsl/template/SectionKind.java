package org.govreport.dsl.template;

/** Whether a section's body is free text or the template's tables. */
public enum SectionKind {
	PROSE, TABLES
}
