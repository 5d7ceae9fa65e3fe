package org.govreport.dsl.ide.contentassist;

/**
 * A completion worked out from the template: {@code text} replaces the {@code prefix} typed before the
 * cursor; proposals with a higher {@code priority} are listed first.
 */
public record Proposal(String text, String label, String description, String prefix, int priority) {
	/** Rows first, in template order, then whole tables, then sections, then the whole report. */
	static final int ROW = 900;
	static final int TABLE = 700;
	static final int SECTION = 600;
	static final int REPORT = 500;
	static final int VALUE = 950;
}
