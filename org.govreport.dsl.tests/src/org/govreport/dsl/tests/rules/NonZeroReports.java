package org.govreport.dsl.tests.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.Templates;

/**
 * Balanced reports in which every cell of tables 三 and 四 holds a non-zero figure, so that every slip
 * changes something: with every total written, or with every total left blank. Table 三 has six
 * applicant columns in both versions.
 */
final class NonZeroReports {
	private NonZeroReports() {
	}

	static String of(int year, boolean totalsWritten) {
		var template = Templates.forYear(year);
		var lines = new ArrayList<>(List.of("机关：测试县人民政府", "年度：" + year, "层级：县级政府", "一、总体情况", "\"\"\"无。\"\"\"",
				"二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"));
		var applications = template.table("applications").orElseThrow();
		lines.addAll(applications(applications, totalsWritten));
		lines.add("四、政府信息公开行政复议、行政诉讼情况");
		lines.addAll(appeals(template.table("appeals").orElseThrow(), totalsWritten));
		lines.addAll(List.of("五、存在的主要问题及改进情况", "\"\"\"无。\"\"\"", "六、其他需要报告的事项", "\"\"\"无。\"\"\""));
		return String.join("\n", lines) + "\n";
	}

	private static List<String> applications(TableSpec table, boolean totalsWritten) {
		int columns = table.columns().size() - 1;
		var results = table.rows().stream().dropWhile(row -> !row.key().equals("granted")).takeWhile(row -> !row.total()).toList();
		var figures = new ArrayList<int[]>();
		int[] handled = new int[columns];
		for (int r = 0; r < results.size(); r++) {
			int[] row = new int[columns];
			for (int c = 0; c < columns; c++) {
				row[c] = (r * 7 + c * 3) % 9 + 1;
				handled[c] += row[c];
			}
			figures.add(row);
		}
		// chosen so that no two of rows 一, 二 and 四 exchanging the same two figures look alike
		int[] carried = { 1, 7, 3, 1, 3, 8 };
		int[] carriedOver = { 9, 7, 9, 4, 9, 8 };
		int[] received = IntStream.range(0, columns).map(c -> handled[c] - carried[c] + carriedOver[c]).toArray();
		var lines = new ArrayList<String>();
		lines.add(header(table.cornerLabel(), table.columns(), totalsWritten));
		lines.add(row(table.rows().get(0), received, totalsWritten));
		lines.add(row(table.rows().get(1), carried, totalsWritten));
		for (int r = 0; r < results.size(); r++) {
			lines.add(row(results.get(r), figures.get(r), totalsWritten));
		}
		if (totalsWritten) {
			lines.add(row(table.rows().stream().filter(RowSpec::total).findFirst().orElseThrow(), handled, true));
		}
		lines.add(row(table.rows().get(table.rows().size() - 1), carriedOver, totalsWritten));
		return lines;
	}

	private static List<String> appeals(TableSpec table, boolean totalsWritten) {
		var lines = new ArrayList<String>();
		lines.add(header("", table.columns(), totalsWritten));
		for (int r = 0; r < table.rows().size(); r++) {
			int first = r * 4 + 1;
			lines.add(row(table.rows().get(r), IntStream.range(0, table.columns().size() - 1).map(c -> first + c).toArray(), totalsWritten));
		}
		return lines;
	}

	private static String header(String corner, List<ColumnSpec> columns, boolean totalsWritten) {
		return corner + " | " + columns.stream().filter(column -> totalsWritten || !column.total()).map(ColumnSpec::label)
				.collect(Collectors.joining(" | "));
	}

	private static String row(RowSpec row, int[] figures, boolean totalsWritten) {
		var cells = IntStream.of(figures).mapToObj(Integer::toString).collect(Collectors.joining(" | "));
		return row.qualifiedLabel() + " | " + cells + (totalsWritten ? " | " + IntStream.of(figures).sum() : "");
	}
}
