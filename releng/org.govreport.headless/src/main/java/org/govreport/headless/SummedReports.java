package org.govreport.headless;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.govreport.dsl.model.Report;
import org.govreport.headless.TypedReports.TypedReport;

/**
 * Which of a set of reports sum others of the set. A report written by {@code govreport sum} names in its
 * header field 汇总自 the organs it sums; when the report of one of them, of the same year, is in the set
 * too, counting both would count that organ's figures twice. A summed report none of whose organs is in
 * the set (a city's table of its counties' summed reports) counts as any report does.
 */
public final class SummedReports {
	private SummedReports() {
	}

	/** The reports that sum another report of the list, as a set of those very reports. */
	static Set<TypedReport> setOfOthers(List<TypedReport> reports) {
		Set<TypedReport> set = Collections.newSetFromMap(new IdentityHashMap<>());
		reports.stream().filter(report -> !summedAmong(report, reports).isEmpty()).forEach(set::add);
		return set;
	}

	/** The organs a report sums whose reports of its year are in the list too; empty for most reports. */
	public static List<String> summedAmong(TypedReport summed, List<TypedReport> reports) {
		Report sum = summed.report();
		return sum.summedOrgans().stream().filter(organ -> reports.stream().anyMatch(other -> other != summed
				&& organ.equals(other.report().organ()) && Objects.equals(other.report().year(), sum.year()))).toList();
	}

	/** Why a summed report is not counted: {@code 区-2020.govreport 是汇总报告，所汇总的 三江乡、八桥镇 的报告也在其中}. */
	public static String why(TypedReport summed, List<TypedReport> reports) {
		return summed.file() + " 是汇总报告，所汇总的 " + String.join("、", summedAmong(summed, reports)) + " 的报告也在其中";
	}
}
