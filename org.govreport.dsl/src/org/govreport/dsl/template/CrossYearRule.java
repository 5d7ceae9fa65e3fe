package org.govreport.dsl.template;

import java.util.List;

/**
 * A rule tying this year's report to last year's: this year's result = Σ sign × term, each term taken
 * from this year's or last year's report, repeated along every line of the table.
 */
public record CrossYearRule(String ruleId, String table, Scope scope, String result, List<YearTerm> terms) {

	public record YearTerm(boolean previousYear, String name, int sign) {
		public static YearTerm lastYear(String name) {
			return new YearTerm(true, name, 1);
		}

		public static YearTerm thisYear(String name, int sign) {
			return new YearTerm(false, name, sign);
		}
	}
}
