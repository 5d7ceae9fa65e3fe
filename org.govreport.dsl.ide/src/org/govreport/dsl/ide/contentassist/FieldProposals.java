package org.govreport.dsl.ide.contentassist;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.govreport.dsl.ide.document.ReportDocument;
import org.govreport.dsl.model.HeaderFields;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.parsing.source.SourceLine.FieldLine;
import org.govreport.dsl.template.OrganLevel;
import org.govreport.dsl.template.OrganLevels;
import org.govreport.dsl.template.TemplateDescription;
import org.govreport.dsl.template.Templates;

/**
 * The header: at the start of a line the fields not written yet, each with its full-width colon; after
 * 年度：, 格式： and 层级： the values the checks accept, the likeliest first.
 */
final class FieldProposals {
	private static final List<String> KEYS = List.of(HeaderFields.ORGAN, HeaderFields.YEAR, HeaderFields.TEMPLATE,
			HeaderFields.LEVEL, HeaderFields.PREVIOUS);
	private static final String COLON = "：";

	private FieldProposals() {
	}

	/** The fields not written on another line, matching what is typed at the line's start. */
	static List<Proposal> keys(ReportDocument document, int offset, String typed) {
		var written = new LinkedHashSet<String>();
		int lineStart = document.lineStart(offset);
		for (var place : document.places()) {
			if (place.line() instanceof FieldLine field && document.lineStart(place.offset()) != lineStart) {
				HeaderFields.canonical(field.key().text()).ifPresent(written::add);
			}
		}
		var proposals = new ArrayList<Proposal>();
		for (String key : KEYS) {
			if (!written.contains(key) && key.contains(typed.strip())) {
				proposals.add(new Proposal(key + COLON, key, description(key), offset - typed.length(), typed.length(),
						Proposal.FIELD - KEYS.indexOf(key)));
			}
		}
		return proposals;
	}

	private static String description(String key) {
		return switch (key) {
		case HeaderFields.ORGAN -> "发布报告的机关";
		case HeaderFields.YEAR -> "报告年度";
		case HeaderFields.TEMPLATE -> "格式版本，可不填，按年度推断";
		case HeaderFields.LEVEL -> "机关层级（用于判断有无规章制定权）";
		default -> "上一年度报告的文件名，可不填，按文件名和表头查找";
		};
	}

	/** After a field's colon: the values of 年度, 格式 and 层级; nothing for free text such as 机关. */
	static List<Proposal> values(ReportDocument document, FieldLine field, EditSlot slot, Year thisYear) {
		var key = HeaderFields.canonical(field.key().text()).orElse("");
		var report = document.report();
		var values = new ArrayList<String[]>();
		switch (key) {
		case HeaderFields.YEAR -> years(thisYear).forEach(year -> values.add(new String[] { year,
				year.equals(String.valueOf(thisYear.getValue() - 1)) ? "上一年度（报告于次年 1 月 31 日前公布）" : "本年度" }));
		case HeaderFields.TEMPLATE -> templates(report).forEach(template -> values.add(new String[] { template.id(),
				template.issuingDocument() + (inForce(report, template) ? "，" + report.year() + " 年度适用" : "") }));
		case HeaderFields.LEVEL -> levels(report).forEach(level -> values.add(new String[] { level.name(),
				level.canMakeRules() ? "有规章制定权" : "无规章制定权" }));
		default -> {
		}
		}
		var typed = slot.typed().strip();
		var proposals = new ArrayList<Proposal>();
		for (String[] value : values) {
			if (value[0].contains(typed) && !value[0].equals(slot.content())) {
				proposals.add(slot.replaceWith(value[0], value[0], value[1], Proposal.VALUE - proposals.size()));
			}
		}
		return proposals;
	}

	/** A report is written early in the year after the one it covers: last year first, then this year. */
	private static List<String> years(Year thisYear) {
		var years = new ArrayList<String>();
		for (int year : new int[] { thisYear.getValue() - 1, thisYear.getValue() }) {
			if (year >= Templates.FIRST_YEAR && year <= Templates.LAST_YEAR) {
				years.add(String.valueOf(year));
			}
		}
		return years;
	}

	private static boolean inForce(Report report, TemplateDescription template) {
		return report.year() != null && Templates.forYear(report.year()) == template;
	}

	private static List<TemplateDescription> templates(Report report) {
		var ordered = new ArrayList<TemplateDescription>();
		Templates.all().stream().filter(template -> inForce(report, template)).forEach(ordered::add);
		Templates.all().stream().filter(template -> !ordered.contains(template)).forEach(ordered::add);
		return ordered;
	}

	/** The level the organ's name shows (…镇 is 乡镇) first. */
	private static List<OrganLevel> levels(Report report) {
		Optional<OrganLevel> shown = report.organ() == null ? Optional.empty() : OrganLevels.byOrganName(report.organ().strip());
		Set<OrganLevel> ordered = new LinkedHashSet<>();
		shown.ifPresent(ordered::add);
		ordered.addAll(OrganLevels.all());
		return List.copyOf(ordered);
	}
}
