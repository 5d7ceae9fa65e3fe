package org.govreport.dsl.model;

import java.util.List;

import org.govreport.dsl.parsing.source.SourceRange;
import org.govreport.dsl.template.SectionSpec;

/** One of the six sections as written: its heading and the prose in it (tables live in the report). */
public record ReportSection(SectionSpec spec, SourceRange headingRange, List<Paragraph> paragraphs) {
}
