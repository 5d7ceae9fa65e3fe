package org.govreport.dsl.diagnostic;

/** Every issue code the checks emit. Codes are API: quick fixes and suppressions refer to them. */
public final class IssueCodes {
	private static final String PREFIX = "govreport.";

	public static final String FIELD_MISSING = PREFIX + "field.missing";
	public static final String FIELD_DUPLICATE = PREFIX + "field.duplicate";
	public static final String FIELD_YEAR = PREFIX + "field.year";
	public static final String FIELD_ORGAN = PREFIX + "field.organ";
	public static final String FIELD_TEMPLATE = PREFIX + "field.template";
	public static final String FIELD_LEVEL = PREFIX + "field.level";

	public static final String SECTION_UNKNOWN = PREFIX + "section.unknown";
	public static final String SECTION_AMBIGUOUS = PREFIX + "section.ambiguous";
	public static final String SECTION_MISSING = PREFIX + "section.missing";
	public static final String SECTION_DUPLICATE = PREFIX + "section.duplicate";
	public static final String SECTION_ORDER = PREFIX + "section.order";
	public static final String SECTION_NUMBERING = PREFIX + "section.numbering";

	public static final String TABLE_UNKNOWN = PREFIX + "table.unknown";
	public static final String TABLE_AMBIGUOUS = PREFIX + "table.ambiguous";
	public static final String TABLE_OTHER_VERSION = PREFIX + "table.otherVersion";
	public static final String TABLE_OUTSIDE = PREFIX + "table.outside";

	public static final String ROW_UNKNOWN = PREFIX + "row.unknown";
	public static final String ROW_AMBIGUOUS = PREFIX + "row.ambiguous";
	public static final String ROW_OTHER_VERSION = PREFIX + "row.otherVersion";
	public static final String ROW_DUPLICATE = PREFIX + "row.duplicate";
	/** A row written in a section whose tables do not have it, while another section's table does. */
	public static final String ROW_OTHER_TABLE = PREFIX + "row.otherTable";
	/** A row with fewer cells than its header line has columns: a cell may have been left out. */
	public static final String ROW_SHORT = PREFIX + "row.short";

	public static final String COLUMN_UNKNOWN = PREFIX + "column.unknown";
	public static final String COLUMN_AMBIGUOUS = PREFIX + "column.ambiguous";
	public static final String COLUMN_OTHER_VERSION = PREFIX + "column.otherVersion";
	public static final String COLUMN_DUPLICATE = PREFIX + "column.duplicate";

	public static final String CELL_EXTRA = PREFIX + "cell.extra";
	public static final String CELL_WORD = PREFIX + "cell.word";
	public static final String CELL_UNIT = PREFIX + "cell.unit";
	public static final String CELL_TOO_LARGE = PREFIX + "cell.tooLarge";
	/** 上年报告 names a file that is missing, too large or no report: the cross-year rules are skipped. */
	public static final String PREVIOUS_UNUSABLE = PREFIX + "previous.unusable";
	/** No report of this organ for the previous year beside this one: information, naming the file looked for. */
	public static final String PREVIOUS_NOT_FOUND = PREFIX + "previous.notFound";
	/** Two files in the folder declare last year's report of this organ. */
	public static final String PREVIOUS_AMBIGUOUS = PREFIX + "previous.ambiguous";
	/** A prose block whose closing quotes are missing: the rest of the file became its text. */
	public static final String PROSE_UNCLOSED = PREFIX + "prose.unclosed";
	/** A line of text outside any prose block that is not written as a sub-heading. */
	public static final String PROSE_UNQUOTED = PREFIX + "prose.unquoted";
	/** A line of a prose block that stops mid-sentence, the next line going on with the paragraph. */
	public static final String PROSE_LINE_BREAK = PREFIX + "prose.lineBreak";
	/** An invisible character (U+200B …) inside a label or value. */
	public static final String TEXT_INVISIBLE = PREFIX + "text.invisible";
	/** A # right after a value starts a comment, cutting what may have been meant as content. */
	public static final String TEXT_GLUED_COMMENT = PREFIX + "text.gluedComment";
	/** The findings of a file past the first 200, counted in one. */
	public static final String FINDINGS_MORE = PREFIX + "findings.more";
	/** A number in full-width digits or with thousands separators: read, with the plain form as the fix. */
	public static final String CELL_NUMBER_FORM = PREFIX + "cell.numberForm";

	/** R5: a count is a whole number, not below zero (the message says which of the two failed). */
	public static final String COUNT = PREFIX + "count.R5";
	/** R6. */
	public static final String RULE_MAKING_POWER = PREFIX + "level.R6";
	/** R10. */
	public static final String PLAUSIBILITY = PREFIX + "plausibility.R10";
	/** R11. */
	public static final String PROSE_FIGURE = PREFIX + "prose.R11";

	public static final String INTERNAL = PREFIX + "internal";

	private IssueCodes() {
	}

	/** R1–R4: {@code govreport.balance.R1}. */
	public static String balance(String ruleId) {
		return PREFIX + "balance." + ruleId;
	}

	/** R7–R9: {@code govreport.crossYear.R8}. */
	public static String crossYear(String ruleId) {
		return PREFIX + "crossYear." + ruleId;
	}
}
