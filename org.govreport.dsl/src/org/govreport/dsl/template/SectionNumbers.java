package org.govreport.dsl.template;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a heading is numbered as one of the six sections (五、 as the template prints it; 5、 5. 五， as
 * published reports also write it): the one reader of section numbering for the checks, the label
 * matcher and the importer.
 */
public final class SectionNumbers {
	private static final Pattern NUMBERING = Pattern.compile("^\\s*([一二三四五六七八九十]+|\\d+)\\s*([、.．，,])");
	private static final String TEMPLATE_MARK = "、";

	private SectionNumbers() {
	}

	/** The number a heading starts with, in any of the written forms (五、 5、 5. 五，), as written. */
	public static Optional<String> of(String heading) {
		var numbering = NUMBERING.matcher(heading);
		return numbering.find() ? Optional.of(numbering.group(1)) : Optional.empty();
	}

	/** The number only when written the template's way, a Chinese numeral and 、 (五、). */
	public static Optional<String> official(String heading) {
		var numbering = NUMBERING.matcher(heading);
		return numbering.find() && numbering.group(2).equals(TEMPLATE_MARK) && !Character.isDigit(numbering.group(1).charAt(0))
				? Optional.of(numbering.group(1)) : Optional.empty();
	}

	/** Whether a written number (五 or 5) is the section's own. */
	public static boolean isOf(String number, SectionSpec section) {
		return number.equals(section.number()) || number.equals(String.valueOf(section.ordinal()));
	}
}
