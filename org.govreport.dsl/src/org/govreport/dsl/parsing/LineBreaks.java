package org.govreport.dsl.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * What a line is, for every reader of report text: {@code \r\n}, {@code \n} and a lone {@code \r} each end
 * one, exactly as {@link LineEndNormalisingParser} makes the parser count them. The formatter splits by
 * the same rule, so it can never join two lines the checks read apart.
 */
public final class LineBreaks {
	public static final String LF = "\n";
	public static final String CRLF = "\r\n";
	public static final String CR = "\r";

	private LineBreaks() {
	}

	/** The lines without their breaks; a text ending in a break ends with an empty line. */
	public static List<String> split(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(text.substring(start, i));
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		lines.add(text.substring(start));
		return lines;
	}

	/**
	 * The style a rewritten file keeps: the most frequent line end, on a tie the one met first, and
	 * {@code \n} for a text without any.
	 */
	public static String dominant(String text) {
		int lf = 0;
		int crlf = 0;
		int cr = 0;
		String first = LF;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String found = null;
			if (c == '\n') {
				lf++;
				found = LF;
			} else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				crlf++;
				found = CRLF;
				i++;
			} else if (c == '\r') {
				cr++;
				found = CR;
			}
			if (found != null && lf + crlf + cr == 1) {
				first = found;
			}
		}
		int most = Math.max(lf, Math.max(crlf, cr));
		if (most == 0 || count(first, lf, crlf, cr) == most) {
			return first;
		}
		return crlf == most ? CRLF : lf == most ? LF : CR;
	}

	private static int count(String style, int lf, int crlf, int cr) {
		return style.equals(LF) ? lf : style.equals(CRLF) ? crlf : cr;
	}
}
