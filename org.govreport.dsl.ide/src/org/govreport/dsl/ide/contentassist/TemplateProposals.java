package org.govreport.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.govreport.dsl.ide.document.ReportDocument;
import org.govreport.dsl.ide.document.TableNames;
import org.govreport.dsl.skeleton.ReportSkeleton;
import org.govreport.dsl.template.LabelNormaliser;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;

/**
 * What the template offers at the start of a line: the rows of the table in force that are not written
 * yet, the tables and sections not written yet, and the whole report body.
 */
final class TemplateProposals {
	private final ReportSkeleton skeleton = new ReportSkeleton();

	/** {@code prefix} is what is typed at the line's start, which a proposal replaces. */
	List<Proposal> lineStart(ReportDocument document, int offset, String prefix) {
		var proposals = new ArrayList<Proposal>();
		var section = document.sectionAt(offset).map(place -> place.spec()).orElse(null);
		String lineBreak = document.lineBreak();
		String separator = EditSlot.spacedAfter(document.text(), true, '|', '｜') ? " | " : "|";
		if (section != null) {
			var table = document.tableAt(offset).orElse(null);
			var tables = table != null ? List.of(table) : section.tables();
			for (TableSpec spec : tables) {
				var written = document.writtenRows(spec);
				for (RowSpec row : spec.rows()) {
					if (!written.contains(row)) {
						proposals.add(new Proposal(row.writtenLabel() + separator, row.writtenLabel(),
								TableNames.of(document.template(), spec) + (row.total() ? "（合计行，可不填，自动计算）" : ""), offset - prefix.length(),
								prefix.length(), Proposal.ROW - spec.rows().indexOf(row)));
					}
				}
			}
			for (TableSpec spec : section.tables()) {
				if (!document.isWritten(spec)) {
					proposals.add(new Proposal(String.join(lineBreak, skeleton.table(spec)),
							"整张表：" + TableNames.of(document.template(), spec), "表头和全部行，数字先填 0", offset - prefix.length(), prefix.length(),
							Proposal.TABLE - section.tables().indexOf(spec)));
				}
			}
		}
		Set<SectionSpec> written = document.sections().stream().map(place -> place.spec()).collect(Collectors.toSet());
		for (SectionSpec spec : document.template().sections()) {
			if (!written.contains(spec)) {
				proposals.add(new Proposal(String.join(lineBreak, skeleton.section(spec)), spec.officialHeading(),
						"整个部分" + (spec.tables().isEmpty() ? "" : "（含表格，数字先填 0）"), offset - prefix.length(), prefix.length(),
						Proposal.SECTION - spec.ordinal()));
			}
		}
		if (written.isEmpty()) {
			var body = new ArrayList<String>();
			document.template().sections().forEach(spec -> body.addAll(skeleton.section(spec)));
			proposals.add(new Proposal(String.join(lineBreak, body), "整篇报告：" + document.template().sectionsInWords() + "（" + document.template().id() + "）",
					"按 " + document.template().issuingDocument() + " 的全部部分和表格", offset - prefix.length(), prefix.length(),
					Proposal.REPORT));
		}
		return matching(proposals, prefix);
	}

	/** Chinese labels are matched anywhere in the label, not only at its start: 许可 finds 行政许可. */
	private static List<Proposal> matching(List<Proposal> proposals, String prefix) {
		var typed = LabelNormaliser.normalise(prefix);
		return proposals.stream().filter(proposal -> typed.isEmpty()
				|| LabelNormaliser.normalise(proposal.label()).contains(typed)).toList();
	}
}
