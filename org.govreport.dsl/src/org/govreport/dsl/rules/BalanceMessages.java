package org.govreport.dsl.rules;

import java.math.BigDecimal;
import java.util.List;

import org.govreport.dsl.model.Cell;
import org.govreport.dsl.model.CellNames;
import org.govreport.dsl.model.IdentityEvaluator;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.Identity;
import org.govreport.dsl.template.TableSpec;

/**
 * The one-line wording of balance findings. A sum shows only its non-zero terms (R2 has 21, most of them
 * 0) and ends with the difference; the hover on the cell works the whole identity out.
 */
final class BalanceMessages {
	/** More non-zero terms than this are cut with …: the line must stay readable. */
	private static final int MAX_TERMS = 4;

	private BalanceMessages() {
	}

	/** 第三项 总计 应为 12（= 一 5 + 二 7），实为 11，少 1. */
	static String shouldBe(Report report, Identity identity, Cell cell, BigDecimal expected, boolean unsure) {
		var sum = isTerm(identity, cell.ref()) ? "（" + nonZeroTerms(report, identity, cell.ref()) + "）" : "";
		var difference = cell.value().subtract(expected);
		return CellNames.cell(report, cell.ref()) + " 应为 " + CellNames.number(expected) + sum + "，实为 "
				+ CellNames.number(cell.value()) + "，" + (difference.signum() > 0 ? "多 " : "少 ")
				+ CellNames.number(difference.abs()) + (unsure ? "（或本式其他格有误）" : "");
	}

	/** 一 可能填错了列：自然人 2 与 商业企业 5 对调，各列即相符. */
	static String swapped(Report report, Cell first, Cell second, boolean unsure) {
		var table = report.template().table(first.ref().table()).orElseThrow();
		return table.row(first.ref().row()).orElseThrow().shortName() + " 可能填错了列：" + column(table, first) + " "
				+ CellNames.number(first.value()) + " 与 " + column(table, second) + " " + CellNames.number(second.value())
				+ " 对调，各列即相符" + (unsure ? "（或是其他行的这两列）" : "");
	}

	/** On a row shorter than its header: what its figures, read one column too far left, break. */
	static String slid(String ruleId) {
		return "本行少填了一格？各数可能错了列，" + ruleId + " 因此不成立";
	}

	private static String column(TableSpec table, Cell cell) {
		return table.column(cell.ref().column()).orElseThrow().label();
	}

	private static boolean isTerm(Identity identity, CellRef cell) {
		return identity.terms().stream().anyMatch(term -> term.cell().equals(cell));
	}

	/** {@code = 一 5 + 二 7}, or 各项均为 0. */
	private static String nonZeroTerms(Report report, Identity identity, CellRef solvedFor) {
		List<IdentityEvaluator.Signed> terms = IdentityEvaluator.solvedFor(identity, solvedFor).stream()
				.filter(term -> report.cell(term.cell()).value() == null || report.cell(term.cell()).value().signum() != 0).toList();
		if (terms.isEmpty()) {
			return "各项均为 0";
		}
		var shown = IdentityEvaluator.written(terms.subList(0, Math.min(MAX_TERMS, terms.size())),
				cell -> CellNames.term(report, identity.scope(), cell) + " " + CellNames.number(report.cell(cell).value()));
		return "= " + shown + (terms.size() > MAX_TERMS ? " …" : "");
	}
}
