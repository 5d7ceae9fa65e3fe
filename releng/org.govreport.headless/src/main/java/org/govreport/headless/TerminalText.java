package org.govreport.headless;

import java.nio.file.Path;

/**
 * Text from outside (file names above all, also organ names and labels inside messages) made safe to
 * print one finding a line: a newline in a file name would forge a finding, an ESC sequence would drive
 * the terminal. Control characters are shown as escapes ({@code \n}, {@code \x1b}, {@code \u0085});
 * everything else, Chinese included, is printed as it is.
 */
public final class TerminalText {

	private TerminalText() {
	}

	public static String of(Path file) {
		return escape(file.toString());
	}

	public static String escape(String text) {
		if (text.chars().noneMatch(TerminalText::isControl)) {
			return text;
		}
		StringBuilder shown = new StringBuilder(text.length() + 8);
		text.chars().forEach(c -> {
			if (!isControl(c)) {
				shown.append((char) c);
			} else if (c == '\n') {
				shown.append("\\n");
			} else if (c == '\r') {
				shown.append("\\r");
			} else if (c == '\t') {
				shown.append("\\t");
			} else if (c < 0x100) {
				shown.append(String.format("\\x%02x", c));
			} else {
				shown.append(String.format("\\u%04x", c));
			}
		});
		return shown.toString();
	}

	/** C0 and C1 controls and DEL, and the line and paragraph separators some terminals break lines at. */
	private static boolean isControl(int c) {
		return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
	}
}
