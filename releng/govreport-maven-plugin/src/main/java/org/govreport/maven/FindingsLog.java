package org.govreport.maven;

import org.apache.maven.plugin.logging.Log;
import org.govreport.headless.Finding;
import org.govreport.headless.GccStyle;

/** Findings in the Maven log, gcc-style, at the level of their severity (so IDEs and CI annotate them). */
final class FindingsLog {

	private FindingsLog() {
	}

	static void log(Log log, Finding finding) {
		if (finding.isError()) {
			log.error(GccStyle.format(finding));
		} else if (finding.isInfo()) {
			log.info(GccStyle.format(finding));
		} else {
			log.warn(GccStyle.format(finding));
		}
	}
}
