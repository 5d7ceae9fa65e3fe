package org.govreport.dsl.ide.hover;

/** A hover in plain values: markdown text about the span {@code offset}, {@code length}. */
public record HoverText(String markdown, int offset, int length) {
}
