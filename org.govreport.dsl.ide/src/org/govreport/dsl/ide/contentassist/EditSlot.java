package org.govreport.dsl.ide.contentassist;

/**
 * The part of a line a value goes into: a table cell between its separators, or a header field's value
 * after the colon. Accepting a proposal replaces what the slot holds, not only what was typed before the
 * cursor, so that completing {@code 1} on a cell holding {@code 0} gives {@code 1}, not {@code 10}.
 *
 * @param start just after the separator or colon
 * @param end the next separator, the start of a comment or the end of the line
 * @param cursor where completion was asked, between start and end
 * @param spaced whether the file puts a space after a separator (or colon), so an inserted value gets one too
 */
record EditSlot(String text, int start, int end, int cursor, boolean spaced) {

	private static boolean isBlank(char c) {
		return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
	}

	/** Where what the slot holds starts, skipping blanks; the cursor when it holds nothing. */
	int contentStart() {
		int at = start;
		while (at < end && isBlank(text.charAt(at))) {
			at++;
		}
		return at == end ? cursor : at;
	}

	int contentEnd() {
		int at = end;
		while (at > start && isBlank(text.charAt(at - 1))) {
			at--;
		}
		return at == start ? cursor : at;
	}

	String content() {
		return contentStart() < contentEnd() ? text.substring(contentStart(), contentEnd()) : "";
	}

	/** What is typed in the slot before the cursor. */
	String typed() {
		return cursor > contentStart() ? text.substring(contentStart(), cursor) : "";
	}

	/**
	 * A proposal that puts {@code value} in place of what the slot holds, keeping the blanks around it and
	 * adding one after the separator (and before the next) where the file has them.
	 */
	Proposal replaceWith(String value, String label, String description, int priority) {
		if (content().isEmpty()) {
			return intoEmpty(value, label, description, priority);
		}
		int from = Math.min(cursor, contentStart());
		int to = Math.max(cursor, contentEnd());
		var replacement = new StringBuilder(text.substring(from, contentStart())).append(value)
				.append(text, contentEnd(), to);
		if (spaced && from == start) {
			replacement.insert(0, ' ');
		}
		if (spaced && to == end && end < text.length() && isSeparator(text.charAt(end))) {
			replacement.append(' ');
		}
		return new Proposal(replacement.toString(), label, description, from, to - from, priority);
	}

	/**
	 * An empty slot gets the value after its separator's blank, taking that blank in (and everything up to
	 * the cursor) so that the edit covers the cursor wherever it stands in the blanks.
	 */
	private Proposal intoEmpty(String value, String label, String description, int priority) {
		int to = Math.max(cursor, start < end && isBlank(text.charAt(start)) ? start + 1 : start);
		var replacement = new StringBuilder(spaced || to > start ? " " : "").append(value);
		if (spaced && to == end && end < text.length() && isSeparator(text.charAt(end))) {
			replacement.append(' ');
		}
		return new Proposal(replacement.toString(), label, description, start, to - start, priority);
	}

	static boolean isSeparator(char c) {
		return c == '|' || c == '｜';
	}

	/**
	 * Whether the text writes {@code | 5} rather than {@code |5}: more of the marks followed by a blank than
	 * by something else, or {@code whenUnknown} when it is a tie (none written yet).
	 */
	static boolean spacedAfter(String text, boolean whenUnknown, char... marks) {
		int spaced = 0;
		int tight = 0;
		for (int i = 0; i + 1 < text.length(); i++) {
			char c = text.charAt(i);
			if (isOneOf(c, marks)) {
				char next = text.charAt(i + 1);
				if (isBlank(next)) {
					spaced++;
				} else if (next != '\n' && next != '\r' && !isOneOf(next, marks)) {
					tight++;
				}
			}
		}
		return spaced == tight ? whenUnknown : spaced > tight;
	}

	private static boolean isOneOf(char c, char... marks) {
		for (char mark : marks) {
			if (c == mark) {
				return true;
			}
		}
		return false;
	}
}
