package org.govreport.dsl.ide.codeactions;

/** Replace {@code length} characters at {@code offset} with {@code text}. */
public record TextChange(int offset, int length, String text) {
}
