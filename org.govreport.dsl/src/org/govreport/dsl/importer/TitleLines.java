package org.govreport.dsl.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the report title among the lines before the first section, where Word and web pages leave it
 * split (町店镇人民政府2020年政府信息公开工作 / 年 度 报 告) or behind an 附件1： line, and reads the organ
 * and the year from it.
 */
final class TitleLines {
	private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*\\d*\\s*[:：]?$");
	private static final Pattern ATTACHMENT_PREFIX = Pattern.compile("^附件\\d*[:：]");
	private static final Pattern TITLE = Pattern.compile("^(.*?)((?:19|20)\\d{2})年度?.*报告.*$");
	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
	private static final int MOST_TITLE_LINES = 3;
	private static final int LONGEST_TITLE = 60;

	/** @param lines how many of the leading lines the title took (with 附件 lines), 0 when none is found */
	record Title(String organ, Integer year, int lines) {
	}

	private TitleLines() {
	}

	static Title read(List<String> leading) {
		int start = 0;
		while (start < leading.size() && ATTACHMENT.matcher(leading.get(start)).matches()) {
			start++;
		}
		var joined = new StringBuilder();
		for (int end = start; end < leading.size() && end < start + MOST_TITLE_LINES; end++) {
			joined.append(leading.get(end).replaceAll("\\s", ""));
			if (joined.length() > LONGEST_TITLE) {
				break;
			}
			var title = TITLE.matcher(ATTACHMENT_PREFIX.matcher(joined).replaceFirst(""));
			if (title.matches()) {
				var organ = title.group(1).replaceAll("[|｜#\"]", "");
				return new Title(organ.isEmpty() ? null : organ, Integer.valueOf(title.group(2)), end + 1);
			}
		}
		return new Title(null, null, 0);
	}

	/** A year in a file name (江城镇-2020.txt), when the title gives none. */
	static Integer yearIn(String name) {
		var year = YEAR.matcher(name);
		return year.find() ? Integer.valueOf(year.group()) : null;
	}
}
