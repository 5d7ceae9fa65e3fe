package org.govreport.dsl.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.diagnostic.Fix;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.parsing.source.SourceText;

/**
 * What keeps prose from slipping: a line outside {@code """} is a sub-heading only when written the way
 * the published reports print one, and a paragraph broken over two lines (as text copied out of a PDF
 * is) is not silently printed as two.
 */
final class ProseRules {
	/**
	 * （一）主动公开情况 or 一是加强组织领导: a numbering the documents print sub-headings with, then a short
	 * title that holds no sentence break before its end.
	 */
	private static final Pattern BARE_SUB_HEADING = Pattern.compile(
			"^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}是)[^。！？；;!?]{1,38}[。]?$");
	/** A line starting with a numbering (1. （2） 三、 一是 第一，) opens an item of its own: no paragraph goes on in it. */
	private static final Pattern NUMBERED_START = Pattern.compile(
			"^(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、是]|\\d{1,3}[.、．]|第[一二三四五六七八九十]{1,3}[，,、])");
	/** A line ending in one of these, or in one of them and closing quotes or brackets, ends a sentence. */
	private static final String SENTENCE_ENDS = "。！？；：…!?;:.";
	private static final String CLOSERS = "”’」』）)》〕】\"'";
	private static final String QUOTES = "\"\"\"";

	private ProseRules() {
	}

	static boolean isBareSubHeading(String text) {
		return BARE_SUB_HEADING.matcher(text.strip()).matches();
	}

	/** A bare line that is no sub-heading: prose outside its quotes, with the quotes as the fix. */
	static Diagnostic unquoted(SourceText line) {
		var text = line.text().strip();
		return Diagnostic.error(IssueCodes.PROSE_UNQUOTED, "正文须放在 \"\"\" 之间（小标题写作“（一）……”或“一是……”）", line.range())
				.withFix(new Fix(Fix.Kind.WRAP_PROSE, QUOTES + text + QUOTES));
	}

	/**
	 * Each line of a prose block prints as a paragraph: a line that stops mid-sentence with the next line
	 * going on (not opening a numbered item of a list) is one paragraph cut in two.
	 */
	static List<Diagnostic> brokenParagraphs(List<Paragraph> block) {
		var found = new ArrayList<Diagnostic>();
		for (int i = 0; i + 1 < block.size(); i++) {
			var line = block.get(i);
			var next = block.get(i + 1);
			if (next.range().line() == line.range().line() + 1 && !line.subHeading() && !next.subHeading()
					&& !endsSentence(line.text()) && !NUMBERED_START.matcher(next.text()).find()) {
				found.add(Diagnostic.warning(IssueCodes.PROSE_LINE_BREAK,
						"此行在句中换行，印出时与下一行分成两段；同一段请写在一行", line.range())
						.withFix(new Fix(Fix.Kind.JOIN_LINES, joiner(line.text(), next.text()))));
			}
		}
		return found;
	}

	static boolean endsSentence(String text) {
		int end = text.length();
		while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return end > 0 && SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0;
	}

	/** Chinese joins with nothing between; two Latin words or numbers keep a space. */
	private static String joiner(String line, String next) {
		char last = line.charAt(line.length() - 1);
		char first = next.charAt(0);
		return isLatin(last) && isLatin(first) ? " " : "";
	}

	private static boolean isLatin(char c) {
		return c < 0x80 && Character.isLetterOrDigit(c);
	}
}
