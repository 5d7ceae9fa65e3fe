package org.govreport.dsl.ide.contentassist;

/**
 * A completion worked out from the template: accepting it replaces {@code length} characters at
 * {@code offset} with {@code text}; proposals with a higher {@code priority} are listed first.
 */
public record Proposal(String text, String label, String description, int offset, int length, int priority) {
	/** Values first, then header fields, rows in template order, whole tables, sections, the whole report. */
	static final int VALUE = 950;
	static final int FIELD = 800;
	static final int ROW = 900;
	static final int TABLE = 700;
	static final int SECTION = 600;
	static final int REPORT = 500;

	public int end() {
		return offset + length;
	}
}
