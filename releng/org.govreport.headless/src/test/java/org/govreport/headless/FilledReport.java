package org.govreport.headless;

import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.SectionKind;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.TemplateDescription;
import org.govreport.dsl.template.ValueKind;

/**
 * A report of a template version with everything written: every header field, prose with a sub-heading
 * in every prose section, and a figure of the column's kind in every cell, totals included (so that no
 * figure is computed or left at 0). The figures do not balance; they only have to be there.
 */
final class FilledReport {

	private FilledReport() {
	}

	static String of(TemplateDescription template, int year) {
		List<String> lines = new ArrayList<>(List.of("机关：测试镇", "年度：" + year, "格式：" + template.id(), "层级：乡镇",
				"\"\"\"", "前言。", "\"\"\""));
		for (SectionSpec section : template.sections()) {
			lines.add(section.officialHeading());
			if (section.kind() == SectionKind.PROSE) {
				lines.addAll(List.of("\"\"\"", "（一）小标题。", "正文。", "\"\"\""));
			}
			section.tables().forEach(table -> lines.addAll(table(table)));
		}
		return String.join("\n", lines) + "\n";
	}

	private static List<String> table(TableSpec table) {
		List<String> lines = new ArrayList<>();
		String corner = table.title() != null ? table.title() : table.cornerLabel() != null ? table.cornerLabel() : "";
		lines.add(corner + " | " + String.join(" | ", table.columns().stream().map(ColumnSpec::label).toList()));
		for (int row = 0; row < table.rows().size(); row++) {
			StringBuilder line = new StringBuilder(table.rows().get(row).writtenLabel());
			for (int column = 0; column < table.columns().size(); column++) {
				line.append(" | ").append(figure(table.columns().get(column).kind(), row * 10 + column + 1));
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private static String figure(ValueKind kind, int seed) {
		return switch (kind) {
		case COUNT -> Integer.toString(seed);
		case SIGNED_DELTA -> Integer.toString(seed % 2 == 0 ? seed : -seed);
		case AMOUNT -> seed + ".25";
		};
	}
}
