package org.govreport.dsl.model;

import java.util.List;

import org.govreport.dsl.diagnostic.Diagnostic;

/**
 * A report built from source lines, with the structural problems found on the way and where each line
 * was placed (one entry a source line, in order).
 */
public record Assembly(Report report, List<Diagnostic> diagnostics, List<LinePlace> places) {
}
