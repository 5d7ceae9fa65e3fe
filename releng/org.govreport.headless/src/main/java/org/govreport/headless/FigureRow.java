package org.govreport.headless;

import java.math.BigDecimal;
import java.util.List;

import org.govreport.dsl.model.Cell;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.template.CellRef;
import org.govreport.headless.TypedReports.TypedReport;

/**
 * One report as a row of the comparison table: who, when, which form, and how clean it checked.
 *
 * @param sumOfOthers a summed report whose inputs are rows too: shown, but not counted in the totals
 */
public record FigureRow(TypedReport source, boolean sumOfOthers) {
	/** The leading columns, before the figures. */
	public static final List<String> FIELDS = List.of("机关", "层级", "年度", "格式");
	/** The trailing columns, after the figures. */
	public static final List<String> COUNTS = List.of("错误", "警告");

	private Report report() {
		return source.report();
	}

	/** 机关, 层级, 年度, 格式 as text; a missing one is empty. */
	public List<String> fields() {
		var report = report();
		return List.of(report.organ() == null ? "" : report.organ(), report.level() == null ? "" : report.level().name(),
				report.year() == null ? "" : report.year().toString(), report.template().id());
	}

	/** The figure, or null when this report's version has no such cell or it is not a number. */
	public BigDecimal figure(CellRef ref) {
		Cell cell = report().cell(ref);
		return cell == null ? null : cell.value();
	}

	public List<Integer> counts() {
		return List.of(source.errors(), source.warnings());
	}
}
