package org.govreport.dsl.format;

/** Blank handling that also knows the ideographic space (U+3000) and no-break space the grammar skips. */
final class Spaces {

	private Spaces() {
	}

	static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
	}

	static String strip(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	static String pad(String text, int width, boolean right) {
		String padding = " ".repeat(Math.max(0, width - TextWidth.of(text)));
		return right ? padding + text : text + padding;
	}
}
