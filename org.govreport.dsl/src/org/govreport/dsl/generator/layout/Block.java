package org.govreport.dsl.generator.layout;

import java.util.List;

/** One piece of the printed document, in reading order; every renderer prints the same sequence. */
public sealed interface Block {

	/**
	 * The report title (〈机关〉〈年度〉年政府信息公开工作年度报告), and the lines it is printed on: a title longer
	 * than a line breaks after the organ, not wherever the line happens to end.
	 */
	record Title(String text, List<String> lines) implements Block {
	}

	/** A section heading, numbered as the template prints it (一、总体情况). */
	record Heading(String text) implements Block {
	}

	/** A paragraph of prose; a sub-heading such as （一）主动公开情况 is printed in its own style. */
	record Text(String text, boolean subHeading) implements Block {
	}

	/** A table with the title it carries, if any, already laid out in its first row. */
	record Table(PrintedTable table) implements Block {
	}
}
