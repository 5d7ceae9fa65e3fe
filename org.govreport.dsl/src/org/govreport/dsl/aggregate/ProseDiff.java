package org.govreport.dsl.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govreport.dsl.model.Paragraph;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportSection;
import org.govreport.dsl.template.SectionSpec;

/**
 * The prose part of a report difference, section by section: paragraphs matched by a longest common
 * subsequence, and a removed paragraph directly followed by an added one shown as one changed paragraph.
 */
final class ProseDiff {
	private static final String PREAMBLE = "前言";

	private ProseDiff() {
	}

	static List<Change> between(Report before, Report after) {
		var changes = new ArrayList<Change>();
		paragraphs(PREAMBLE, texts(before.preamble()), texts(after.preamble()), changes);
		for (SectionSpec section : after.template().sections()) {
			var old = sectionOf(before, section).map(ReportSection::paragraphs).orElse(List.of());
			var now = after.section(section).map(ReportSection::paragraphs).orElse(List.of());
			paragraphs(section.officialHeading(), texts(old), texts(now), changes);
		}
		return changes;
	}

	/** Sections match by their number: the headings are the same in both template versions. */
	private static Optional<ReportSection> sectionOf(Report report, SectionSpec section) {
		return report.sections().stream().filter(written -> written.spec().ordinal() == section.ordinal()).findFirst();
	}

	private static List<String> texts(List<Paragraph> paragraphs) {
		return paragraphs.stream().map(Paragraph::text).toList();
	}

	private static void paragraphs(String place, List<String> old, List<String> now, List<Change> changes) {
		int[][] common = new int[old.size() + 1][now.size() + 1];
		for (int i = old.size() - 1; i >= 0; i--) {
			for (int j = now.size() - 1; j >= 0; j--) {
				common[i][j] = old.get(i).equals(now.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < old.size() || j < now.size()) {
			if (i < old.size() && j < now.size() && old.get(i).equals(now.get(j))) {
				i++;
				j++;
			} else if (i < old.size() && j < now.size() && common[i + 1][j + 1] == common[i][j]) {
				changes.add(new Change(Change.Kind.PARAGRAPH_CHANGED, name(place, j), old.get(i++), now.get(j++)));
			} else if (j < now.size() && (i == old.size() || common[i][j + 1] >= common[i + 1][j])) {
				changes.add(new Change(Change.Kind.PARAGRAPH_ADDED, name(place, j), null, now.get(j++)));
			} else {
				changes.add(new Change(Change.Kind.PARAGRAPH_REMOVED, name(place, j), old.get(i++), null));
			}
		}
	}

	/** @param index the paragraph's place in the new version, counted from 0 */
	private static String name(String place, int index) {
		return place + " 第 " + (index + 1) + " 段";
	}
}
