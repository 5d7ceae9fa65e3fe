package org.govreport.cli.lsp;

import java.util.List;
import java.util.function.Function;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * The diagnostics at a range, found by checking the document again: what code actions start from when
 * the client sends none back (some clients never do; Neovim 0.7 sends them with byte columns).
 */
final class RangeDiagnostics {
	private RangeDiagnostics() {
	}

	static List<Diagnostic> at(XtextResource resource, Range range, Function<List<Issue>, List<Diagnostic>> toDiagnostics,
			CancelIndicator cancelIndicator) {
		List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				cancelIndicator);
		return toDiagnostics.apply(issues).stream().filter(diagnostic -> overlaps(diagnostic.getRange(), range)).toList();
	}

	private static boolean overlaps(Range first, Range second) {
		return !before(first.getEnd(), second.getStart()) && !before(second.getEnd(), first.getStart());
	}

	private static boolean before(Position first, Position second) {
		return first.getLine() < second.getLine()
				|| first.getLine() == second.getLine() && first.getCharacter() < second.getCharacter();
	}
}
