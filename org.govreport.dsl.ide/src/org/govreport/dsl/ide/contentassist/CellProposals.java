package org.govreport.dsl.ide.contentassist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.govreport.dsl.ide.document.ReportDocument;
import org.govreport.dsl.ide.document.TableNames;
import org.govreport.dsl.ide.document.WorkedSum;
import org.govreport.dsl.model.CellNames;
import org.govreport.dsl.model.LinePlace;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.parsing.source.SourceLine.TableLine;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.LabelNormaliser;
import org.govreport.dsl.template.TableSpec;

/**
 * What fits the cell at the cursor. In a row: the value a total computes to, the value last year's
 * report carries over into it (R7–R9), and 0. In a column header line: the columns not named yet.
 */
final class CellProposals {
	private CellProposals() {
	}

	static List<Proposal> at(ReportDocument document, EditSlot slot, int cellIndex, Supplier<Report> lastYear) {
		int lineStart = document.lineStart(slot.cursor());
		var place = document.placeAt(lineStart).filter(found -> found.line() instanceof TableLine).orElse(null);
		if (place != null && place.row() != null) {
			return values(document, place, slot, cellIndex, lastYear);
		}
		boolean headerLine = place == null || place.isHeader() || ((TableLine) place.line()).label() == null;
		var table = place != null && place.table() != null ? place.table() : document.tableAt(slot.cursor()).orElse(null);
		return headerLine && table != null ? columns(document, place, table, slot, cellIndex) : List.of();
	}

	private static List<Proposal> columns(ReportDocument document, LinePlace place, TableSpec table, EditSlot slot,
			int cellIndex) {
		var named = new ArrayList<ColumnSpec>(place == null ? List.of() : place.columns());
		if (cellIndex < named.size()) {
			// the cell being completed may name another column instead of the one it names now
			named.set(cellIndex, null);
		}
		var typed = LabelNormaliser.normalise(slot.typed());
		var proposals = new ArrayList<Proposal>();
		for (ColumnSpec column : table.columns()) {
			if (!named.contains(column) && !column.label().equals(slot.content())
					&& LabelNormaliser.normalise(column.label()).contains(typed)) {
				proposals.add(slot.replaceWith(column.label(), column.label(), TableNames.of(document.template(), table) + " 的列",
						Proposal.ROW - table.columns().indexOf(column)));
			}
		}
		return proposals;
	}

	private static List<Proposal> values(ReportDocument document, LinePlace place, EditSlot slot, int cellIndex,
			Supplier<Report> lastYear) {
		if (cellIndex < 0 || cellIndex >= place.columns().size() || place.columns().get(cellIndex) == null) {
			return List.of();
		}
		var report = document.report();
		var cell = new CellRef(place.table().key(), place.row().key(), place.columns().get(cellIndex).key());
		var offered = new LinkedHashSet<String>();
		var proposals = new ArrayList<Proposal>();
		WorkedSum.definitionOf(report, cell).filter(sum -> sum.value() != null).ifPresent(sum -> offer(slot,
				sum.value(), sum.figures(), sum.identity().ruleId() + "：" + sum.names(), 0, offered, proposals));
		if (report.template().crossYearRules().stream().anyMatch(rule -> rule.table().equals(cell.table()))
				&& lastYear.get() != null) {
			CarriedOver.of(report, lastYear.get(), cell).ifPresent(carried -> offer(slot, carried.value(),
					carried.figures(), carried.rule().ruleId() + "：接上年报告 " + lastYear.get().sourceName(), 1, offered,
					proposals));
		}
		offer(slot, BigDecimal.ZERO, "0", "本项没有发生", 2, offered, proposals);
		return proposals;
	}

	/**
	 * Only a value what is typed could still become, and not the one the cell holds: Enter after a typed
	 * figure must not replace it.
	 */
	private static void offer(EditSlot slot, BigDecimal value, String label, String description, int rank,
			Set<String> offered, List<Proposal> proposals) {
		var number = CellNames.number(value);
		if (number.startsWith(slot.typed().strip()) && !number.equals(slot.content()) && offered.add(number)) {
			proposals.add(slot.replaceWith(number, label, description, Proposal.VALUE - rank));
		}
	}
}
