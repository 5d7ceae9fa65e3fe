package org.govreport.dsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The organ and the year of an imported report: from its title; failing that, the year from the
 * statistics period or the file name and the organ from the body (现将…, 由…编制). Every guess is noted,
 * for the user to check.
 *
 * @param titleLines how many leading lines the title (and the portal lines before it) took
 * @param notes what was guessed, for the importer's notes
 */
record ReportIdentity(String organ, Integer year, int titleLines, List<String> notes) {

	static ReportIdentity read(String sourceName, List<String> leading, Map<Integer, List<String>> prose) {
		var title = TitleLines.read(leading);
		var notes = new ArrayList<String>();
		var body = new ArrayList<>(leading.subList(title.lines(), leading.size()));
		prose.values().forEach(body::addAll);
		var year = title.year();
		if (year == null) {
			var period = TitleLines.yearOfStatisticsPeriod(body);
			if (period.isPresent()) {
				year = period.get();
				notes.add("报告标题中没有年度，取统计期限中的 " + year + "，请核对");
			} else {
				year = TitleLines.yearIn(sourceName);
				notes.add(year == null ? "报告标题和文件名中都没有年度，请补写“年度：”" : "报告标题中没有年度，取文件名中的 " + year + "，请核对");
			}
		}
		var organ = title.organ();
		if (organ == null) {
			organ = TitleLines.organInBody(body).orElse(null);
			notes.add(organ == null ? "报告标题和正文中都没有机关名称，请补写“机关：”" : "报告标题中没有机关名称，取正文中的“" + organ + "”，请核对");
		}
		return new ReportIdentity(organ, year, title.lines(), notes);
	}
}
