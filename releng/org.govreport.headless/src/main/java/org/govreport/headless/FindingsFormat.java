package org.govreport.headless;

import java.io.PrintWriter;
import java.util.List;

/** How a check run prints its findings: for people and editors, for scripts, for code scanning. */
public enum FindingsFormat {
	/** {@code file:line:col: error [code] message}, gcc's form, which editors and CI annotate. */
	TEXT {
		@Override
		public void print(List<CheckedReport> reports, PrintWriter out) {
			reports.stream().flatMap(report -> report.findings().stream()).map(GccStyle::format).forEach(out::println);
		}

		@Override
		public boolean printsEachReportOnItsOwn() {
			return true;
		}
	},
	JSON {
		@Override
		public void print(List<CheckedReport> reports, PrintWriter out) {
			out.println(JsonFindings.render(reports));
		}
	},
	/** SARIF 2.1.0, the format GitHub code scanning and other analysers read. */
	SARIF {
		@Override
		public void print(List<CheckedReport> reports, PrintWriter out) {
			out.println(SarifLog.render(reports));
		}
	};

	public abstract void print(List<CheckedReport> reports, PrintWriter out);

	/**
	 * Whether a run may print each report as soon as it is checked (a long run in CI then shows its
	 * findings as they come) rather than one document at the end.
	 */
	public boolean printsEachReportOnItsOwn() {
		return false;
	}
}
