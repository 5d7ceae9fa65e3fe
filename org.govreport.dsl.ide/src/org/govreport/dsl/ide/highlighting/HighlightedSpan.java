package org.govreport.dsl.ide.highlighting;

/** A span of text and how to colour it. */
public record HighlightedSpan(int offset, int length, HighlightStyle style) {
}
