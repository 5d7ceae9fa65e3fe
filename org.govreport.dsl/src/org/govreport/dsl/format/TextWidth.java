package org.govreport.dsl.format;

/**
 * How many columns a text takes in a monospaced editor: Chinese characters and full-width forms take
 * two, so that columns of a table line up on screen and not merely in character counts.
 */
final class TextWidth {

	private TextWidth() {
	}

	static int of(String text) {
		int width = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			width += isWide(codePoint) ? 2 : 1;
			i += Character.charCount(codePoint);
		}
		return width;
	}

	/** The East Asian Wide and Fullwidth ranges that occur in reports (Unicode UAX #11, abridged). */
	private static boolean isWide(int codePoint) {
		return codePoint >= 0x1100 && codePoint <= 0x115F
				|| codePoint >= 0x2E80 && codePoint <= 0xA4CF && codePoint != 0x303F
				|| codePoint >= 0xAC00 && codePoint <= 0xD7A3
				|| codePoint >= 0xF900 && codePoint <= 0xFAFF
				|| codePoint >= 0xFE30 && codePoint <= 0xFE4F
				|| codePoint >= 0xFF00 && codePoint <= 0xFF60
				|| codePoint >= 0xFFE0 && codePoint <= 0xFFE6
				|| codePoint >= 0x20000 && codePoint <= 0x3FFFD;
	}
}
