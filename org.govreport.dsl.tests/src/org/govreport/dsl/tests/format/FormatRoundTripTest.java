package org.govreport.dsl.tests.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.govreport.dsl.format.ReportFormatter;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.parsing.LineBreaks;
import org.govreport.dsl.tests.Examples;
import org.govreport.dsl.tests.GovReportInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * fmt and the checks read the same lines: every example, written with each line-end style, formats to
 * a file with the same findings (through the real parser and validator), the same non-blank lines, one
 * line-end style, and is stable. A lone CR once made fmt merge two rows into one that failed the checks.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovReportInjectorProvider.class)
class FormatRoundTripTest {
	private static final List<UnaryOperator<String>> STYLES = List.of(
			text -> text,
			text -> text.replace("\n", "\r\n"),
			text -> text.replace("\n", "\r"),
			FormatRoundTripTest::mixed);

	private final ReportFormatter formatter = new ReportFormatter();

	@Inject
	private ParseHelper<Report> parser;

	@Test
	void everyExampleInEveryLineEndStyleKeepsItsFindingsAndLines() throws Exception {
		for (Path file : Examples.files()) {
			String lf = Files.readString(file);
			for (String source : List.of(lf, lf.replaceFirst("\\| 0 \\|", "| 1 |"))) {
				for (UnaryOperator<String> style : STYLES) {
					String written = style.apply(source);
					String formatted = formatter.format(written);
					String name = file.getFileName() + " " + STYLES.indexOf(style);
					assertEquals(findings(written), findings(formatted), name);
					assertEquals(nonBlankLines(written), nonBlankLines(formatted), name);
					assertEquals(formatted, formatter.format(formatted), name + ": formatting twice");
					assertEquals(formatted, String.join(LineBreaks.dominant(written), LineBreaks.split(formatted)),
							name + ": one line-end style");
				}
			}
		}
	}

	/** Lines alternately ended by LF, CRLF and CR. */
	private static String mixed(String text) {
		List<String> lines = LineBreaks.split(text);
		StringBuilder out = new StringBuilder();
		String[] ends = { "\n", "\r\n", "\r" };
		for (int i = 0; i < lines.size(); i++) {
			out.append(lines.get(i));
			if (i + 1 < lines.size()) {
				out.append(ends[i % ends.length]);
			}
		}
		return out.toString();
	}

	private static long nonBlankLines(String text) {
		return LineBreaks.split(text).stream().filter(line -> !line.isBlank()).count();
	}

	private List<String> findings(String text) throws Exception {
		var resource = (XtextResource) parser.parse(text).eResource();
		return resource.getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.map(issue -> issue.getSeverity() + " " + issue.getCode() + " " + issue.getMessage()).sorted().toList();
	}
}
