package org.govreport.dsl.ide.folding;

/** A foldable span of the text. */
public record FoldRegion(int offset, int length) {
}
