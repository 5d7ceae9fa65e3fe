package org.govreport.dsl.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.model.Assembly;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.source.SourceLine;
import org.govreport.dsl.parsing.source.SourceRange;

/**
 * The one entry point the Xtext validator, the command line and the language server call: structural
 * problems plus every rule, sorted by place. A rule that fails is reported, not thrown, so one bug
 * cannot hide the other findings from the user.
 */
public final class ReportChecker {
	private static final List<ReportRule> RULES = List.of(new BalanceCheck(), new CountCheck(),
			new RuleMakingPowerCheck(), new PlausibilityCheck(), new ProseFigureCheck());
	private static final List<CrossYearCheck> CROSS_YEAR_CHECKS = List.of(new CrossYearBalanceCheck());

	private ReportChecker() {
	}

	/**
	 * @param previous last year's report of the same organ, or null when there is none
	 */
	public static List<Diagnostic> check(List<SourceLine> lines, String sourceName, Report previous) {
		return check(ReportAssembler.assemble(lines, sourceName), previous);
	}

	public static List<Diagnostic> check(Assembly assembly, Report previous) {
		var diagnostics = new ArrayList<>(assembly.diagnostics());
		diagnostics.addAll(checkRules(assembly.report(), previous));
		diagnostics.sort(Comparator.comparingInt((Diagnostic diagnostic) -> diagnostic.range().offset()));
		return withoutCascades(diagnostics);
	}

	/**
	 * A sum through a cell already in error (a negative or fractional count) would only repeat that
	 * error, with a fix computed from the wrong figure: the balance finding on that cell is dropped.
	 */
	private static List<Diagnostic> withoutCascades(List<Diagnostic> sorted) {
		var inError = new HashSet<Integer>();
		sorted.stream().filter(diagnostic -> diagnostic.isError() && !isBalance(diagnostic))
				.forEach(diagnostic -> inError.add(diagnostic.range().offset()));
		return sorted.stream().filter(diagnostic -> !isBalance(diagnostic) || !inError.contains(diagnostic.range().offset()))
				.collect(Collectors.toCollection(ArrayList::new));
	}

	private static boolean isBalance(Diagnostic diagnostic) {
		return diagnostic.code().startsWith(IssueCodes.balance(""));
	}

	/** The rules alone, for a report already assembled. */
	public static List<Diagnostic> checkRules(Report report, Report previous) {
		var diagnostics = new ArrayList<Diagnostic>();
		for (ReportRule rule : RULES) {
			diagnostics.addAll(guarded(rule.getClass().getSimpleName(), () -> rule.check(report)));
		}
		for (CrossYearCheck check : CROSS_YEAR_CHECKS) {
			diagnostics.addAll(guarded(check.getClass().getSimpleName(), () -> check.check(report, previous)));
		}
		return diagnostics;
	}

	private static List<Diagnostic> guarded(String name, Supplier<List<Diagnostic>> rule) {
		try {
			return rule.get();
		} catch (RuntimeException e) {
			return List.of(Diagnostic.error(IssueCodes.INTERNAL, "检查 " + name + " 出错：" + e, SourceRange.NONE));
		}
	}
}
