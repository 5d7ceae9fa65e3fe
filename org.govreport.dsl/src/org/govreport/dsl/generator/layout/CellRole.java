package org.govreport.dsl.generator.layout;

/** What a printed table cell holds; renderers choose font, weight and alignment from it. */
public enum CellRole {
	/** The table's title row (第二十条第（一）项), spanning the table. */
	TITLE,
	/** A column header, the corner cell or the printed rule note. */
	HEADER,
	/** A merged group label to the left of its rows (三、本年度办理结果). */
	GROUP,
	/** A row label. */
	LABEL,
	/** A figure of the report. */
	VALUE
}
