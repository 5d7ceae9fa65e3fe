package org.govreport.headless;

import java.util.Locale;

/** file:line:col: severity [code] message — the form editors and CI annotate. */
public final class GccStyle {

	private GccStyle() {
	}

	public static String format(Finding finding) {
		String code = finding.code() == null ? "" : " [" + finding.code() + "]";
		return TerminalText.of(finding.file()) + ":" + finding.line() + ":" + finding.column() + ": " + severity(finding)
				+ code + " " + TerminalText.escape(finding.message());
	}

	static String severity(Finding finding) {
		return finding.severity().name().toLowerCase(Locale.ROOT);
	}
}
