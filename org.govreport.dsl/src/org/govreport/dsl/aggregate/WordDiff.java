package org.govreport.dsl.aggregate;

/**
 * A short word diff of two versions of a paragraph: the changed middle in git's --word-diff notation
 * ([-old-]{+new+}) with a few characters of context. Chinese has no spaces between words, so the
 * common beginning and end are found character by character.
 */
public final class WordDiff {
	private static final int CONTEXT = 10;
	private static final int LONGEST_PART = 60;

	private WordDiff() {
	}

	public static String shortDiff(String before, String after) {
		int prefix = 0;
		int limit = Math.min(before.length(), after.length());
		while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < limit - prefix
				&& before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
			suffix++;
		}
		var text = new StringBuilder();
		text.append(prefix > CONTEXT ? "…" + before.substring(prefix - CONTEXT, prefix) : before.substring(0, prefix));
		var removed = before.substring(prefix, before.length() - suffix);
		var added = after.substring(prefix, after.length() - suffix);
		if (!removed.isEmpty()) {
			text.append("[-").append(shorten(removed)).append("-]");
		}
		if (!added.isEmpty()) {
			text.append("{+").append(shorten(added)).append("+}");
		}
		var tail = before.substring(before.length() - suffix);
		text.append(tail.length() > CONTEXT ? tail.substring(0, CONTEXT) + "…" : tail);
		return text.toString();
	}

	private static String shorten(String part) {
		return part.length() > LONGEST_PART ? part.substring(0, LONGEST_PART / 2) + "…" + part.substring(part.length() - LONGEST_PART / 2) : part;
	}
}
