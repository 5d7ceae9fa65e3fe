package org.govreport.dsl.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the report title among the lines before the first section, where Word and web pages leave it
 * split (町店镇人民政府2020年政府信息公开工作 / 年 度 报 告), behind an 附件1： line or behind a portal's
 * lines (breadcrumbs, 发布日期, 来源, 索引号), and reads the organ and the year from it, written organ
 * first (江城镇2020年…) or year first (2019年上海市人民政府办公厅…), as city, provincial and
 * departmental reports are.
 */
final class TitleLines {
	private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*\\d*\\s*[:：]?$");
	private static final Pattern ATTACHMENT_PREFIX = Pattern.compile("^附件\\d*[:：]");
	/** A title ends in 报告, or in a short remark after it (（全文）); a sentence (现将…报告如下。) is no title. */
	private static final String TITLE_END = "报告(?:[（(][^）)。]{0,12}[）)])?$";
	private static final Pattern ORGAN_FIRST = Pattern.compile("^([^。]*?)((?:19|20)\\d{2})年度?[^。]*" + TITLE_END);
	private static final Pattern YEAR_FIRST = Pattern.compile("^((?:19|20)\\d{2})年度?([^。]+?)(?:政府信息公开|政务公开)[^。]*" + TITLE_END);
	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
	/** What portals print around a title: publication data, counters, tools, breadcrumbs. */
	private static final Pattern PORTAL_WORDS = Pattern.compile(
			"(发布日期|发布时间|成文日期|信息来源|来源[:：]|索引号|发文字号|发文机关|发布机构|主题分类|浏览次数|访问量|点击数|阅读次数|字号[:：]|【\\s*打印|当前位置|您的位置|您现在的位置|首页\\s*[>＞›»/]).*$");
	private static final Pattern BREADCRUMB = Pattern.compile("^.*[>＞›»→]");
	private static final Pattern ORGAN_JUNK = Pattern.compile("[|｜#\"“”《》]");
	private static final Pattern STATISTICS_PERIOD = Pattern.compile(
			"统计(?:期限|时限|期间|区间|时间|周期)[^0-9。]{0,12}((?:19|20)\\d{2})\\s*年");
	private static final Pattern ORGAN_REPORTING = Pattern.compile("现将([^，。；：:,\\s]{2,30}?)(?:19|20)\\d{2}\\s*年");
	private static final Pattern ORGAN_COMPILING = Pattern.compile("由([^，。；：:,\\s]{2,30}?)(?:负责)?(?:编制|编写|制作|发布)");
	private static final Pattern NO_ORGAN = Pattern.compile("^(?:本|我|各|全)");
	/** What is left of a title that names no organ. */
	private static final Pattern GENERIC = Pattern.compile("^(?:人民)?政府$");
	private static final int MOST_TITLE_LINES = 3;
	private static final int LONGEST_TITLE = 60;
	private static final int LONGEST_ORGAN = 40;

	/**
	 * @param lines how many of the leading lines the title and what stands before it took, 0 when no
	 *        title is found
	 */
	record Title(String organ, Integer year, int lines) {
	}

	private TitleLines() {
	}

	/** A whole title on one line wins over lines joined to make one (a portal's site name above it). */
	static Title read(List<String> leading) {
		for (int lines : new int[] { 1, MOST_TITLE_LINES }) {
			for (int start = 0; start < leading.size(); start++) {
				if (ATTACHMENT.matcher(leading.get(start)).matches() || isPortalLine(leading.get(start))) {
					continue;
				}
				var title = titleFrom(leading, start, lines);
				if (title != null && (lines > 1 || title.organ() != null)) {
					return title;
				}
			}
		}
		return new Title(null, null, 0);
	}

	private static Title titleFrom(List<String> leading, int start, int mostLines) {
		var joined = new StringBuilder();
		for (int end = start; end < leading.size() && end < start + mostLines; end++) {
			var line = leading.get(end);
			if (end > start && isPortalLine(line)) {
				return null;
			}
			joined.append(BREADCRUMB.matcher(PORTAL_WORDS.matcher(line).replaceFirst("")).replaceFirst("").replaceAll("[\\s\\u3000\\u00A0]", ""));
			if (joined.length() > LONGEST_TITLE) {
				return null;
			}
			var text = ATTACHMENT_PREFIX.matcher(joined).replaceFirst("");
			var organFirst = ORGAN_FIRST.matcher(text);
			if (organFirst.matches()) {
				var organ = organ(organFirst.group(1));
				var yearFirst = YEAR_FIRST.matcher(text);
				if (organ == null && yearFirst.matches()) {
					organ = organ(yearFirst.group(2));
				}
				return new Title(organ, Integer.valueOf(organFirst.group(2)), end + 1);
			}
		}
		return null;
	}

	private static String organ(String written) {
		var organ = ORGAN_JUNK.matcher(written).replaceAll("");
		return organ.isEmpty() || organ.length() > LONGEST_ORGAN || YEAR.matcher(organ).find() || GENERIC.matcher(organ).matches()
				? null : organ;
	}

	/** A portal's line around the title (发布日期：…, 来源：…, 首页 > …), never part of the report. */
	static boolean isPortalLine(String line) {
		var portal = PORTAL_WORDS.matcher(line);
		return portal.find() && line.substring(0, portal.start()).strip().isEmpty() || BREADCRUMB.matcher(line).find()
				&& !line.contains("报告");
	}

	/** A year in a file name (江城镇-2020.txt), when the title gives none. */
	static Integer yearIn(String name) {
		var year = YEAR.matcher(name);
		return year.find() ? Integer.valueOf(year.group()) : null;
	}

	/** The year of the statistics period (本报告所列数据的统计期限自2020年1月1日起…), when the title gives none. */
	static Optional<Integer> yearOfStatisticsPeriod(List<String> paragraphs) {
		for (String paragraph : paragraphs) {
			var period = STATISTICS_PERIOD.matcher(paragraph);
			if (period.find()) {
				return Optional.of(Integer.valueOf(period.group(1)));
			}
		}
		return Optional.empty();
	}

	/** The organ the body names (现将江城镇2020年度…, 由江城镇人民政府办公室编制), when the title names none. */
	static Optional<String> organInBody(List<String> paragraphs) {
		for (Pattern pattern : List.of(ORGAN_REPORTING, ORGAN_COMPILING)) {
			for (String paragraph : paragraphs) {
				var found = pattern.matcher(paragraph);
				while (found.find()) {
					var organ = organ(found.group(1));
					if (organ != null && !NO_ORGAN.matcher(organ).find()) {
						return Optional.of(organ);
					}
				}
			}
		}
		return Optional.empty();
	}
}
