package org.govreport.dsl.generator;

/**
 * Text made fit for an XML document. A report's text may hold control characters (pasted from Word or
 * a web page) that XML 1.0 forbids even escaped: the PDF renderer's parser refuses the page, and Word
 * refuses a DOCX that holds them. They are printed as U+FFFD, visibly, rather than dropped.
 */
public final class XmlText {
	private static final char REPLACEMENT = '\uFFFD';

	private XmlText() {
	}

	public static String printable(String text) {
		StringBuilder fixed = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed = allowed(text, i);
			if (!allowed && fixed == null) {
				fixed = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (fixed != null) {
				fixed.append(allowed ? c : REPLACEMENT);
			}
		}
		return fixed == null ? text : fixed.toString();
	}

	/** XML 1.0's Char production; a surrogate is allowed only as half of a pair. */
	private static boolean allowed(String text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
		}
		return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
	}
}
