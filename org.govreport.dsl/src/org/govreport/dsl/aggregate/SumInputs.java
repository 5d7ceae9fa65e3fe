package org.govreport.dsl.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.govreport.dsl.model.Report;

/**
 * Whether reports can be summed: a sum only means something for one year on one template version, since
 * the versions' tables differ and a year's figures do not add to another's.
 */
public final class SumInputs {
	private SumInputs() {
	}

	/**
	 * @return one line per report that differs from the first, naming it and how; empty when all agree
	 */
	public static List<String> mismatches(List<Report> reports) {
		var problems = new ArrayList<String>();
		if (reports.isEmpty()) {
			return problems;
		}
		var first = reports.get(0);
		for (Report report : reports.subList(1, reports.size())) {
			var differences = new ArrayList<String>();
			if (!Objects.equals(report.year(), first.year())) {
				differences.add("年度 " + report.year() + "（" + first.sourceName() + " 为 " + first.year() + "）");
			}
			if (report.template() != first.template()) {
				differences.add("格式 " + report.template().id() + "（" + first.sourceName() + " 为 "
						+ first.template().id() + "）");
			}
			if (!differences.isEmpty()) {
				problems.add(report.sourceName() + ": " + String.join("，", differences));
			}
		}
		if (first.year() == null) {
			problems.add(0, first.sourceName() + ": 没有年度");
		}
		return problems;
	}
}
