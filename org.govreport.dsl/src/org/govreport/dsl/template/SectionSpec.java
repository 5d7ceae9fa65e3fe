package org.govreport.dsl.template;

import java.util.List;

/**
 * One of the six numbered sections.
 *
 * @param number the Chinese numeral (一 … 六)
 * @param ordinal 1 … 6, for order checks and 1、-style numbering
 * @param variants other headings real reports use for the same section, without numbering
 */
public record SectionSpec(String number, int ordinal, String heading, List<String> variants, SectionKind kind,
		List<TableSpec> tables) {

	/** The official heading with its number, as printed: 一、总体情况. */
	public String officialHeading() {
		return number + "、" + heading;
	}

	/**
	 * By ordinal alone: maps and sets of the checks are keyed by template elements, and the record's own hash
	 * walks every label and list below it each time. Equal sections have equal ordinals, so this agrees with equals.
	 */
	@Override
	public int hashCode() {
		return ordinal;
	}
}
