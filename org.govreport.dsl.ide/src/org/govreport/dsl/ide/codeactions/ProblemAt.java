package org.govreport.dsl.ide.codeactions;

/**
 * A reported problem as a fix needs it: its code, its message, its span and the value the checks computed for it
 * (the Diagnostic's fixValue), or null.
 */
public record ProblemAt(String code, String message, int offset, int length, String fixValue) {
}
