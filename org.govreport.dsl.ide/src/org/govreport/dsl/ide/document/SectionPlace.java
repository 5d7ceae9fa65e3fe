package org.govreport.dsl.ide.document;

import org.govreport.dsl.parsing.source.SourceRange;
import org.govreport.dsl.template.SectionSpec;

/** A section heading as written, and where the section's text ends (before the next section). */
public record SectionPlace(SectionSpec spec, SourceRange heading, int end) {
}
