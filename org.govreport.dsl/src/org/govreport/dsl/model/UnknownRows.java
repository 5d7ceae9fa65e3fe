package org.govreport.dsl.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.model.OtherVersions.MatchKind;
import org.govreport.dsl.model.TableReader.TableRow;
import org.govreport.dsl.parsing.source.SourceText;
import org.govreport.dsl.template.LabelMatcher;
import org.govreport.dsl.template.Match;
import org.govreport.dsl.template.NearestLabel;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.TemplateDescription;

/**
 * What to tell about a row label its section does not know: the section whose table has that row, the
 * row one typing slip away, or else the rows there are.
 */
final class UnknownRows {
	private static final Unresolved.Codes ROW_CODES = new Unresolved.Codes("行", IssueCodes.ROW_UNKNOWN,
			IssueCodes.ROW_AMBIGUOUS, IssueCodes.ROW_OTHER_VERSION);

	/** A table with at most this many rows has them all listed. */
	private static final int LISTED_ROWS = 5;
	private static final int CLOSEST_ROWS = 3;

	private UnknownRows() {
	}

	/** @param table the table being written, or null when the section has several and none is chosen */
	static Diagnostic diagnostic(TemplateDescription template, SectionSpec section, TableSpec table, SourceText label,
			Match<TableRow> match) {
		var elsewhere = otherSection(template, section, label);
		if (elsewhere.isPresent()) {
			return elsewhere.get();
		}
		var otherVersion = section.tables().stream()
				.map(spec -> OtherVersions.having(template, spec.key(), label.text(), MatchKind.ROW))
				.flatMap(Optional::stream).findFirst();
		var expected = table != null ? choices(label.text(), table.rows()) : "";
		List<RowSpec> rows = table != null ? table.rows() : section.tables().stream().flatMap(spec -> spec.rows().stream()).toList();
		return Unresolved.diagnostic(match, label, ROW_CODES, candidate -> candidate.row().qualifiedLabel(), template.id(),
				otherVersion, expected, NearestLabel.of(label.text(), rows, LabelMatcher::rowForms).map(UnknownRows::asWritten));
	}

	/** A short table's rows, or the few of a long one (表三 has 25) most like what was written. */
	private static String choices(String written, List<RowSpec> rows) {
		if (rows.size() <= LISTED_ROWS) {
			return Unresolved.choices(rows, RowSpec::qualifiedLabel);
		}
		return "，最接近的：" + NearestLabel.closest(written, rows, LabelMatcher::rowForms, CLOSEST_ROWS).stream()
				.map(RowSpec::qualifiedLabel).collect(Collectors.joining("、")) + "（本表共 " + rows.size() + " 行）";
	}

	/** The nearest form when it is the row's own label or alias; a label run together with its group is written whole. */
	private static String asWritten(NearestLabel.Near<RowSpec> near) {
		var row = near.candidate();
		return near.form().equals(row.label()) || row.aliases().contains(near.form()) ? near.form() : row.qualifiedLabel();
	}

	/** A row written whole (not a piece) that belongs to a table of another section. */
	private static Optional<Diagnostic> otherSection(TemplateDescription template, SectionSpec section, SourceText label) {
		for (SectionSpec other : template.sections()) {
			if (other == section) {
				continue;
			}
			for (TableSpec spec : other.tables()) {
				if (LabelMatcher.matchNormalised(label.text(), spec.rows(), template.labelForms()::of, false) instanceof Match.Found<RowSpec>) {
					var table = spec.title() == null ? "" : "的“" + spec.title() + "”";
					return Optional.of(Diagnostic.error(IssueCodes.ROW_OTHER_TABLE, "“" + label.text().trim() + "”是“" + other.officialHeading()
							+ "”" + table + "的行，请移到该处", label.range()));
				}
			}
		}
		return Optional.empty();
	}
}
