package org.govreport.dsl.template;

/** One cell of a printed table header, with the merges the official form uses. */
public record HeaderCell(String label, int columnSpan, int rowSpan) {
}
