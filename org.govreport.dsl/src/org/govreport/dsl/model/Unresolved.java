package org.govreport.dsl.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.parsing.source.SourceText;
import org.govreport.dsl.template.Match;

/** Words the user wrote that name no single template element: one error saying why. */
final class Unresolved {
	/** The issue codes for one kind of element (行, 列, 表格, 标题). */
	record Codes(String what, String unknown, String ambiguous, String otherVersion) {
	}

	private Unresolved() {
	}

	/**
	 * A label another version knows exactly is reported as belonging to it, even when it is a piece of
	 * several labels here: （六）其他处理 in a 2021-30 report is the 2019-60 row, not a vague 2021-30 one.
	 */
	static <T> Diagnostic diagnostic(Match<T> match, SourceText written, Codes codes, Function<T, String> name,
			String templateId, Optional<String> otherVersion, String expected) {
		return diagnostic(match, written, codes, name, templateId, otherVersion, expected, Optional.empty());
	}

	/**
	 * @param nearest the label one typing slip away, when there is one: asked about and offered as the fix
	 *        instead of the list of every label
	 */
	static <T> Diagnostic diagnostic(Match<T> match, SourceText written, Codes codes, Function<T, String> name,
			String templateId, Optional<String> otherVersion, String expected, Optional<String> nearest) {
		var text = written.text().trim();
		if (otherVersion.isPresent()) {
			return Diagnostic.error(codes.otherVersion(), codes.what() + "“" + text + "”属于 " + otherVersion.get() + " 格式，本报告按 "
					+ templateId + " 格式填报", written.range());
		}
		if (match instanceof Match.Ambiguous<T> ambiguous) {
			var candidates = ambiguous.candidates().stream().map(name).collect(Collectors.joining("、"));
			return Diagnostic.error(codes.ambiguous(), codes.what() + "“" + text + "”不明确，可能是：" + candidates + "；请写完整",
					written.range());
		}
		if (nearest.isPresent()) {
			return Diagnostic.error(codes.unknown(), "未知的" + codes.what() + "“" + text + "”，是否为“" + nearest.get() + "”？",
					written.range()).withFix(nearest.get());
		}
		return Diagnostic.error(codes.unknown(), "未知的" + codes.what() + "“" + text + "”" + expected, written.range());
	}

	/** The names a user may choose from, for the "未知" message. */
	static <T> String choices(List<T> candidates, Function<T, String> name) {
		return "，可用：" + candidates.stream().map(name).collect(Collectors.joining("、"));
	}
}
