package org.govreport.dsl.parsing.source;

/** A piece of source text with its place, so that every diagnostic can point at it. */
public record SourceText(String text, SourceRange range) {
}
