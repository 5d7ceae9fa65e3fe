package org.govreport.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govreport.dsl.model.LinePlace;
import org.govreport.dsl.ide.document.ReportDocument;
import org.govreport.dsl.ide.document.TableNames;
import org.govreport.dsl.ide.document.WorkedSum;
import org.govreport.dsl.model.Cell;
import org.govreport.dsl.model.CellOrigin;
import org.govreport.dsl.parsing.source.SourceCell;
import org.govreport.dsl.parsing.source.SourceLine.HeadingLine;
import org.govreport.dsl.parsing.source.SourceLine.TableLine;
import org.govreport.dsl.parsing.source.SourceRange;
import org.govreport.dsl.model.CellNames;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.TableSpec;

/**
 * What hovering tells: on a cell, the rules it takes part in worked out with this report's figures
 * ({@code 5 + 7 − 0 = 12}); on a row label, column name, table title or section heading, the official
 * wording from the template description.
 */
public final class ReportHover {

	public Optional<HoverText> at(ReportDocument document, int offset) {
		var place = document.placeAt(offset);
		if (place.isEmpty()) {
			return Optional.empty();
		}
		if (place.get().line() instanceof TableLine line) {
			return tableLine(document, place.get(), line, offset);
		}
		if (place.get().line() instanceof HeadingLine heading) {
			return heading(document, place.get(), heading);
		}
		return Optional.empty();
	}

	private Optional<HoverText> heading(ReportDocument document, LinePlace place, HeadingLine heading) {
		var section = document.sections().stream().filter(found -> found.heading().equals(heading.range())).findFirst();
		if (section.isPresent()) {
			return Optional.of(text("**" + section.get().spec().officialHeading() + "**\n\n" + document.template().issuingDocument()
					+ " 第" + section.get().spec().number() + "部分", heading.range()));
		}
		return Optional.ofNullable(place.table()).map(table -> text(tableWording(document, table), heading.range()));
	}

	private Optional<HoverText> tableLine(ReportDocument document, LinePlace place, TableLine line, int offset) {
		if (line.label() != null && contains(line.label().range(), offset)) {
			if (place.row() != null) {
				return Optional.of(text(rowWording(document, place.table(), place.row()), line.label().range()));
			}
			return Optional.ofNullable(place.table()).map(table -> text(tableWording(document, table), line.label().range()));
		}
		for (int i = 0; i < line.cells().size(); i++) {
			SourceCell cell = line.cells().get(i);
			if (place.table() != null && contains(cell.range(), offset) && i < place.columns().size()
					&& place.columns().get(i) != null) {
				var column = place.columns().get(i);
				return Optional.of(place.row() == null ? text(columnWording(document, place.table(), column), cell.range())
						: text(cellHover(document, place, column), cell.range()));
			}
		}
		return Optional.empty();
	}

	private static String cellHover(ReportDocument document, LinePlace place, ColumnSpec column) {
		var report = document.report();
		var ref = new CellRef(place.table().key(), place.row().key(), column.key());
		Cell cell = report.cell(ref);
		var lines = new ArrayList<String>();
		lines.add("**" + CellNames.cell(report, ref) + "**：" + (cell == null ? "?" : CellNames.number(cell.value()))
				+ (column.unit() == null ? "" : " " + column.unit()) + origin(cell));
		List<WorkedSum> sums = WorkedSum.involving(report, ref);
		for (WorkedSum sum : sums) {
			var written = report.cell(sum.identity().result());
			var holds = written != null && written.value() != null && sum.value() != null
					&& written.value().compareTo(sum.value()) == 0;
			lines.add("");
			// Two trailing spaces: a markdown line break, the rule and its figures belong together.
			lines.add(sum.identity().ruleId() + "：" + sum.names() + "  ");
			lines.add("`" + sum.figures() + "`" + (holds ? "  ✓" : "  ✗ " + actual(written)));
		}
		var crossYear = CrossYearLines.of(document.template(), ref);
		for (String rule : crossYear) {
			lines.add("");
			lines.add(rule);
		}
		if (sums.isEmpty() && crossYear.isEmpty()) {
			lines.add("");
			lines.add("不参与勾稽关系");
		}
		return String.join("\n", lines);
	}

	/** What the result cell holds instead: written by the user, or computed by another of its rules. */
	private static String actual(Cell result) {
		var value = CellNames.number(result == null ? null : result.value());
		return result != null && result.isWritten() ? "填写的是 " + value : "按其他等式计算为 " + value;
	}

	private static String origin(Cell cell) {
		if (cell == null || cell.origin() == CellOrigin.WRITTEN) {
			return "";
		}
		return cell.origin() == CellOrigin.INVALID ? "（不是有效数字）" : "";
	}

	private static String rowWording(ReportDocument document, TableSpec table, RowSpec row) {
		var path = new ArrayList<String>(row.groups());
		path.add(row.label());
		return "**" + String.join(" › ", path) + "**\n\n" + TableNames.of(document.template(), table) + " 的行"
				+ (row.total() ? "（合计行：可不填，自动计算）" : "");
	}

	private static String columnWording(ReportDocument document, TableSpec table, ColumnSpec column) {
		return "**" + column.label() + "**\n\n" + TableNames.of(document.template(), table) + " 的列" + (column.unit() == null ? "" : "，单位 " + column.unit())
				+ (column.total() ? "（合计列：可不填，自动计算）" : "");
	}

	private static String tableWording(ReportDocument document, TableSpec table) {
		return "**" + TableNames.of(document.template(), table) + "**\n\n列：" + String.join("、", table.columns().stream().map(ColumnSpec::label).toList());
	}

	private static boolean contains(SourceRange range, int offset) {
		return range.offset() <= offset && offset <= range.offset() + range.length();
	}

	private static HoverText text(String markdown, SourceRange range) {
		return new HoverText(markdown, range.offset(), range.length());
	}
}
