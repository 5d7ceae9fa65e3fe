package org.govreport.dsl.template;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Brings a label to the form in which two spellings people consider the same compare equal: Word and
 * PDF exports and people typing mix full-width and ASCII punctuation ((一) for （一）, , for ，, : for ：),
 * flatten numbering to 1、 or 1．, and pad labels with spaces (规    章).
 */
public final class LabelNormaliser {
	private static final Pattern DIGIT_NUMBERING = Pattern.compile("(\\d+)[、．.，,]");
	private static final Pattern LEADING_NUMBERING = Pattern.compile(
			"^(?:[一二三四五六七八九十]+、|\\d+\\.|\\([一二三四五六七八九十\\d]+\\)|第[一二三四五六七八九十]+项)+");

	/** Marks a cache key as "without numbering"; a control character no label contains. */
	private static final String BARE_PREFIX = "\u0001";
	private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
	/** An item number written with a full-width full stop (1．属于国家秘密). */
	private static final Pattern ITEM_NUMBER = Pattern.compile("(?<![\\d.．])(\\d+)．");
	/** Matching normalises every template form for every written line; labels repeat, so remember them. */
	private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
	private static final int CACHE_LIMIT = 20_000;

	private LabelNormaliser() {
	}

	public static String normalise(String text) {
		if (CACHE.size() > CACHE_LIMIT) {
			CACHE.clear();
		}
		return CACHE.computeIfAbsent(text, LabelNormaliser::compute);
	}

	private static String compute(String text) {
		var out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				continue;
			}
			out.append(unify(c));
		}
		var normal = DIGIT_NUMBERING.matcher(out).replaceAll("$1.");
		return normal.startsWith(BARE_PREFIX) ? LEADING_NUMBERING.matcher(normal.substring(1)).replaceFirst("") : normal;
	}

	/**
	 * A Chinese label with the punctuation the form prints: half-width brackets, commas, colons and
	 * semicolons full-width, an item number followed by a full stop as the template writes it (1.).
	 * Labels without Chinese characters are returned as written.
	 */
	public static String officialPunctuation(String label) {
		if (!CHINESE.matcher(label).find()) {
			return label;
		}
		var out = new StringBuilder(label.length());
		for (int i = 0; i < label.length(); i++) {
			char c = label.charAt(i);
			out.append(switch (c) {
			case '(' -> '（';
			case ')' -> '）';
			case ',' -> '，';
			case ':' -> '：';
			case ';' -> '；';
			default -> c;
			});
		}
		return ITEM_NUMBER.matcher(out).replaceAll("$1.");
	}

	/** The normalised label without its leading numbering (一、 （三） 1. 第三项). */
	public static String withoutNumbering(String text) {
		return normalise(BARE_PREFIX + text);
	}

	private static char unify(char c) {
		if (c >= '０' && c <= '９') {
			return (char) (c - '０' + '0');
		}
		return switch (c) {
		case '（' -> '(';
		case '）' -> ')';
		case '“', '”', '＂', '「', '」' -> '"';
		case '‘', '’' -> '\'';
		// 一,总体情况 and 一．总体情况 are the heading 一、总体情况; after digits all of them become "1." below.
		case '，', ',', '．', '.' -> '、';
		case '：' -> ':';
		case '；' -> ';';
		case '／' -> '/';
		case '＋' -> '+';
		case '－', '—' -> '-';
		default -> c;
		};
	}
}
