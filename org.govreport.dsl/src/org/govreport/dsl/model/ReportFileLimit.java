package org.govreport.dsl.model;

/**
 * The largest file read as a report, this year's or last year's. A 2,000-line report is about 0.2 MB; at
 * this size a file of nothing but table cells still checks in seconds and a few hundred megabytes of
 * heap, ten times that did not.
 */
public final class ReportFileLimit {
	public static final long MAX_BYTES = 2L << 20;

	private ReportFileLimit() {
	}
}
