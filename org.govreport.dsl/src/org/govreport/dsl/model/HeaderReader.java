package org.govreport.dsl.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.parsing.source.SourceLine;
import org.govreport.dsl.parsing.source.SourceLine.FieldLine;
import org.govreport.dsl.parsing.source.SourceRange;
import org.govreport.dsl.parsing.source.SourceText;
import org.govreport.dsl.template.OrganLevel;
import org.govreport.dsl.template.OrganLevels;
import org.govreport.dsl.template.TemplateDescription;
import org.govreport.dsl.template.Templates;

/** Reads the header fields (机关, 年度, 格式, 层级, 上年报告, 汇总自) wherever they stand in the file. */
final class HeaderReader {
	private static final Pattern YEAR = Pattern.compile("(\\d{4})年?(?:度)?");
	private static final Pattern SUMMED_SEPARATORS = Pattern.compile("[、，,；;]");
	/** Reports exist since the first 条例 (2008); anything far outside is a typo. */

	private final List<Diagnostic> diagnostics;
	private final Map<String, SourceText> fields = new HashMap<>();

	HeaderReader(List<Diagnostic> diagnostics) {
		this.diagnostics = diagnostics;
	}

	Header read(List<SourceLine> lines) {
		var start = lines.isEmpty() ? SourceRange.NONE : lines.get(0).range();
		for (SourceLine line : lines) {
			if (line instanceof FieldLine field) {
				collect(field);
			}
		}
		var organ = text(HeaderFields.ORGAN);
		if (organ == null) {
			diagnostics.add(Diagnostic.error(IssueCodes.FIELD_MISSING, "缺少 机关：（例如 机关：江城镇）", start));
		} else if (organ.contains("|") || organ.contains("｜")) {
			diagnostics.add(Diagnostic.error(IssueCodes.FIELD_ORGAN, "机关 名称中不能有表格分隔符“|”，实为“" + organ + "”",
					fields.get("机关").range()));
		}
		var year = year(start);
		return new Header(organ, year, template(year), level(), text(HeaderFields.PREVIOUS), summedOrgans());
	}

	private void collect(FieldLine field) {
		var key = HeaderFields.canonical(field.key().text()).orElse(field.key().text().trim());
		var value = field.value() == null ? new SourceText("", field.range()) : field.value();
		if (fields.containsKey(key)) {
			diagnostics.add(Diagnostic.error(IssueCodes.FIELD_DUPLICATE, key + " 重复填写，以第一次为准", field.range()));
		} else {
			fields.put(key, value);
		}
	}

	private String text(String key) {
		var value = fields.get(key);
		return value == null || value.text().isBlank() ? null : value.text().trim();
	}

	/** 汇总自：三江乡、八桥镇; a list typed with ，or , is read the same. Empty for a report that sums none. */
	private List<String> summedOrgans() {
		var value = text(HeaderFields.SUMMED);
		return value == null ? List.of()
				: Arrays.stream(SUMMED_SEPARATORS.split(value)).map(String::strip).filter(organ -> !organ.isEmpty()).toList();
	}

	private Integer year(SourceRange start) {
		var value = fields.get(HeaderFields.YEAR);
		if (value == null || value.text().isBlank()) {
			diagnostics.add(Diagnostic.error(IssueCodes.FIELD_MISSING, "缺少 年度：（例如 年度：2020）", value == null ? start : value.range()));
			return null;
		}
		var matcher = YEAR.matcher(value.text().replaceAll("\\s", ""));
		if (!matcher.matches()) {
			diagnostics.add(Diagnostic.error(IssueCodes.FIELD_YEAR, "年度 应为四位数字年份，例如 2020，实为“" + value.text() + "”", value.range()));
			return null;
		}
		int year = Integer.parseInt(matcher.group(1));
		if (year < Templates.FIRST_YEAR || year > Templates.LAST_YEAR) {
			diagnostics.add(Diagnostic.error(IssueCodes.FIELD_YEAR, "年度 " + year + " 不在 " + Templates.FIRST_YEAR + "–" + Templates.LAST_YEAR + " 之间", value.range()));
			return null;
		}
		return year;
	}

	/**
	 * An explicit 格式 wins over the year, because real reports mix versions (a 2020 report in the 2021
	 * layout). Null when neither tells: the assembler then picks the version the body fits best.
	 */
	private TemplateDescription template(Integer year) {
		var inferred = year == null ? null : Templates.forYear(year);
		var value = fields.get(HeaderFields.TEMPLATE);
		if (value == null) {
			return inferred;
		}
		var explicit = Templates.byId(value.text().trim());
		if (explicit.isEmpty()) {
			var known = Templates.all().stream().map(TemplateDescription::id).collect(Collectors.joining("、"));
			diagnostics.add(Diagnostic.error(IssueCodes.FIELD_TEMPLATE, "未知的格式“" + value.text() + "”，可用：" + known, value.range()));
			return inferred;
		}
		return explicit.get();
	}

	private OrganLevel level() {
		var value = fields.get(HeaderFields.LEVEL);
		if (value == null || value.text().isBlank()) {
			return null;
		}
		var level = OrganLevels.byName(value.text());
		if (level.isEmpty()) {
			var known = OrganLevels.all().stream().map(OrganLevel::name).collect(Collectors.joining("、"));
			diagnostics.add(Diagnostic.error(IssueCodes.FIELD_LEVEL, "未知的层级“" + value.text() + "”，可用：" + known, value.range()));
		}
		return level.orElse(null);
	}
}
