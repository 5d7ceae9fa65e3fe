package org.govreport.dsl.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers written as people type them in Word and on web pages but not as a report writes them: full-width
 * digits ({@code ４４０}) and thousands separators ({@code 1,440}, {@code 1，440}). They are read, and the
 * plain form is offered as the fix.
 */
final class NumberForms {
	private static final Pattern GROUPED = Pattern.compile("[+-]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");
	private static final Pattern PLAIN = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

	private NumberForms() {
	}

	/** The plain form of a number written in another form, or empty when the text is no such number. */
	static Optional<String> plain(String written) {
		String ascii = toAscii(written.strip());
		if (GROUPED.matcher(ascii).matches()) {
			return Optional.of(ascii.replace(",", ""));
		}
		if (!ascii.equals(written.strip()) && PLAIN.matcher(ascii).matches()) {
			return Optional.of(ascii);
		}
		return Optional.empty();
	}

	/** Full-width digits, signs, point and comma (U+FF0B–U+FF19) and the ideographic comma as ASCII. */
	private static String toAscii(String text) {
		StringBuilder ascii = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			ascii.append(c >= '\uFF0B' && c <= '\uFF19' ? (char) (c - 0xFEE0) : c);
		}
		return ascii.toString();
	}
}
