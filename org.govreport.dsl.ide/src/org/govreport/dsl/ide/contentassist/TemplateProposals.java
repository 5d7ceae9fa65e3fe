package org.govreport.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.govreport.dsl.model.LinePlace;
import org.govreport.dsl.ide.document.ReportDocument;
import org.govreport.dsl.ide.document.TableNames;
import org.govreport.dsl.ide.document.WorkedSum;
import org.govreport.dsl.parsing.source.SourceLine.ProseLine;
import org.govreport.dsl.model.CellNames;
import org.govreport.dsl.parsing.source.SourceLine.TableLine;
import org.govreport.dsl.skeleton.ReportSkeleton;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.LabelNormaliser;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;

/**
 * What the template offers at the cursor: at the start of a line the rows of the table in force that
 * are not written yet, the tables and sections not written yet, and the whole report body; in a header
 * line the columns not named yet; in a total's cell the value it computes to.
 */
public final class TemplateProposals {
	private final ReportSkeleton skeleton = new ReportSkeleton();

	public List<Proposal> at(ReportDocument document, int offset) {
		if (isInProse(document, offset)) {
			return List.of();
		}
		String text = document.text();
		int lineStart = document.lineStart(offset);
		String before = text.substring(lineStart, Math.min(offset, text.length()));
		int lastSeparator = Math.max(before.lastIndexOf('|'), before.lastIndexOf('｜'));
		if (lastSeparator < 0) {
			return lineStart(document, offset, before.stripLeading());
		}
		String cellPrefix = before.substring(lastSeparator + 1).stripLeading();
		int cellIndex = (int) before.chars().filter(c -> c == '|' || c == '｜').count() - 1;
		return inCell(document, offset, lineStart, cellIndex, cellPrefix);
	}

	private static boolean isInProse(ReportDocument document, int offset) {
		return document.places().stream().anyMatch(place -> place.line() instanceof ProseLine
				&& place.offset() < offset && offset < place.end());
	}

	private List<Proposal> lineStart(ReportDocument document, int offset, String prefix) {
		var proposals = new ArrayList<Proposal>();
		var section = document.sectionAt(offset).map(place -> place.spec()).orElse(null);
		String lineBreak = document.lineBreak();
		if (section != null) {
			var table = document.tableAt(offset).orElse(null);
			var tables = table != null ? List.of(table) : section.tables();
			for (TableSpec spec : tables) {
				var written = document.writtenRows(spec);
				for (RowSpec row : spec.rows()) {
					if (!written.contains(row)) {
						proposals.add(new Proposal(row.writtenLabel() + " | ", row.writtenLabel(),
								TableNames.of(document.template(), spec) + (row.total() ? "（合计行，可不填，自动计算）" : ""), prefix,
								Proposal.ROW - spec.rows().indexOf(row)));
					}
				}
			}
			for (TableSpec spec : section.tables()) {
				if (!document.isWritten(spec)) {
					proposals.add(new Proposal(String.join(lineBreak, skeleton.table(spec)),
							"整张表：" + TableNames.of(document.template(), spec), "表头和全部行，数字先填 0", prefix,
							Proposal.TABLE - section.tables().indexOf(spec)));
				}
			}
		}
		Set<SectionSpec> written = document.sections().stream().map(place -> place.spec()).collect(Collectors.toSet());
		for (SectionSpec spec : document.template().sections()) {
			if (!written.contains(spec)) {
				proposals.add(new Proposal(String.join(lineBreak, skeleton.section(spec)), spec.officialHeading(),
						"整个部分" + (spec.tables().isEmpty() ? "" : "（含表格，数字先填 0）"), prefix,
						Proposal.SECTION - spec.ordinal()));
			}
		}
		if (written.isEmpty()) {
			var body = new ArrayList<String>();
			document.template().sections().forEach(spec -> body.addAll(skeleton.section(spec)));
			proposals.add(new Proposal(String.join(lineBreak, body), "整篇报告：" + document.template().sectionsInWords() + "（" + document.template().id() + "）",
					"按 " + document.template().issuingDocument() + " 的全部部分和表格", prefix, Proposal.REPORT));
		}
		return matching(proposals, prefix);
	}

	private static List<Proposal> inCell(ReportDocument document, int offset, int lineStart, int cellIndex, String prefix) {
		var place = document.placeAt(lineStart).filter(found -> found.line() instanceof TableLine).orElse(null);
		if (place != null && place.row() != null) {
			return total(document, place, cellIndex, prefix);
		}
		var table = place != null && place.table() != null ? place.table() : document.tableAt(offset).orElse(null);
		if (table == null) {
			return List.of();
		}
		var named = place == null ? List.<ColumnSpec>of() : place.columns();
		var proposals = new ArrayList<Proposal>();
		for (ColumnSpec column : table.columns()) {
			if (!named.contains(column)) {
				proposals.add(new Proposal(column.label(), column.label(), TableNames.of(document.template(), table) + " 的列",
						prefix, Proposal.ROW - table.columns().indexOf(column)));
			}
		}
		return matching(proposals, prefix);
	}

	/** In a total's cell: the value its identity gives with the figures written so far. */
	private static List<Proposal> total(ReportDocument document, LinePlace place, int cellIndex, String prefix) {
		if (cellIndex < 0 || cellIndex >= place.columns().size() || place.columns().get(cellIndex) == null) {
			return List.of();
		}
		var cell = new CellRef(place.table().key(), place.row().key(), place.columns().get(cellIndex).key());
		// Only while what is typed could still become the value: Enter after a typed figure must not replace it.
		return WorkedSum.definitionOf(document.report(), cell).filter(sum -> sum.value() != null)
				.filter(sum -> CellNames.number(sum.value()).startsWith(prefix))
				.map(sum -> List.of(new Proposal(CellNames.number(sum.value()), sum.figures(),
						sum.identity().ruleId() + "：" + sum.names(), prefix, Proposal.VALUE)))
				.orElse(List.of());
	}

	/** Chinese labels are matched anywhere in the label, not only at its start: 许可 finds 行政许可. */
	private static List<Proposal> matching(List<Proposal> proposals, String prefix) {
		var typed = LabelNormaliser.normalise(prefix);
		return proposals.stream().filter(proposal -> typed.isEmpty()
				|| LabelNormaliser.normalise(proposal.label()).contains(typed)).toList();
	}
}
