package org.govreport.headless;

import java.util.ArrayList;
import java.util.Comparator;

import org.govreport.dsl.diagnostic.Severity;
import org.govreport.dsl.generator.pdf.UnprintableCharacters;
import org.govreport.dsl.model.Report;

/**
 * Warnings for the characters of a report that no font of the PDF and OFD has: they would print as #,
 * so the build names each one, where it is first written, instead of letting it vanish silently.
 */
final class UnprintableFindings {
	static final String CODE = "govreport.print.unprintable";

	private UnprintableFindings() {
	}

	/** The checked report with a warning for each unprintable character, the findings in source order. */
	static CheckedReport add(CheckedReport checked, Report report, String source) {
		var missing = UnprintableCharacters.in(report);
		if (missing.isEmpty()) {
			return checked;
		}
		var findings = new ArrayList<>(checked.findings());
		for (int codePoint : missing) {
			int offset = source.indexOf(Character.toString(codePoint));
			int line = 1;
			int lineStart = 0;
			for (int i = 0; i < offset; i++) {
				if (source.charAt(i) == '\n') {
					line++;
					lineStart = i + 1;
				}
			}
			// columns count UTF-16 units, as every finding's do
			int column = offset < 0 ? 1 : offset - lineStart + 1;
			var message = String.format("字符“%s”（U+%04X）嵌入的字体中没有，PDF 和 OFD 中将印作 #", Character.toString(codePoint),
					codePoint);
			findings.add(new Finding(checked.file(), line, column, line, column + Character.charCount(codePoint), Severity.WARNING, CODE, message, null));
		}
		findings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
		return new CheckedReport(checked.file(), findings);
	}
}
