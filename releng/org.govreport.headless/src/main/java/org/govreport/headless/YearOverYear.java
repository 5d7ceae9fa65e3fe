package org.govreport.headless;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * This year against last for every organ whose reports of both years are in the table: one line per
 * figure that is not 0 in both years, with the change and the change in per cent of last year.
 */
public final class YearOverYear {
	public static final List<String> HEADER = List.of("机关", "项目", "本年", "上年", "增减", "增减%");

	/** @param percent the change as a fraction of last year (0.25 for 25 %), null when last year was 0 */
	public record Line(String organ, String item, BigDecimal thisYear, BigDecimal lastYear, BigDecimal change,
			BigDecimal percent) {
	}

	private YearOverYear() {
	}

	/** Empty when no organ has reports of two consecutive years among the rows. */
	public static List<Line> of(List<FigureRow> rows, Map<String, List<FigureColumn>> columns) {
		var byOrganAndYear = new LinkedHashMap<String, FigureRow>();
		rows.forEach(row -> byOrganAndYear.putIfAbsent(key(row.fields().get(0), row.source().report().year()), row));
		var lines = new ArrayList<Line>();
		for (FigureRow row : rows) {
			var year = row.source().report().year();
			var organ = row.fields().get(0);
			var last = year == null ? null : byOrganAndYear.get(key(organ, year - 1));
			if (last == null || byOrganAndYear.get(key(organ, year)) != row) {
				continue;
			}
			for (var sectionColumns : columns.values()) {
				for (FigureColumn column : sectionColumns) {
					line(organ, column, row.figure(column.cell()), last.figure(column.cell())).ifPresent(lines::add);
				}
			}
		}
		return lines;
	}

	private static Optional<Line> line(String organ, FigureColumn column, BigDecimal now, BigDecimal before) {
		if (isZero(now) && isZero(before)) {
			return Optional.empty();
		}
		var change = now == null || before == null ? null : now.subtract(before);
		var percent = change == null || isZero(before) ? null : change.divide(before.abs(), 4, RoundingMode.HALF_EVEN);
		var item = "表" + column.section() + " · " + column.group() + " · " + column.label();
		return Optional.of(new Line(organ, item, now, before, change, percent));
	}

	private static boolean isZero(BigDecimal value) {
		return value == null || value.signum() == 0;
	}

	private static String key(String organ, Integer year) {
		return organ + "\u0000" + year;
	}
}
