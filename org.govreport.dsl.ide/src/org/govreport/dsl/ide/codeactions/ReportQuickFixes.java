package org.govreport.dsl.ide.codeactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.model.LinePlace;
import org.govreport.dsl.ide.document.ReportDocument;
import org.govreport.dsl.ide.document.TableNames;
import org.govreport.dsl.parsing.source.SourceCell;
import org.govreport.dsl.parsing.source.SourceLine.TableLine;
import org.govreport.dsl.skeleton.ReportSkeleton;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.TableSpec;

/**
 * The fixes for reported problems (a total set to its computed value, 无 → 0, a unit moved or dropped, a
 * missing section added, a line put between prose quotes or joined to the next) and the assists at the
 * cursor (missing rows of a table, blank cells → 0).
 */
public final class ReportQuickFixes {
	private static final String ZERO = "0";
	/** R1–R4: their fix is the value the identities compute; other fixes rewrite what was written. */
	private static final String BALANCE_CODES = IssueCodes.balance("");

	private final ReportSkeleton skeleton = new ReportSkeleton();

	public List<QuickFix> fixes(ReportDocument document, ProblemAt problem) {
		var fix = problem.fix();
		if (fix == null) {
			return List.of();
		}
		String written = document.text().substring(problem.offset(), Math.min(document.text().length(), problem.offset() + problem.length()));
		var found = switch (fix.kind()) {
		case SET_VALUE -> Optional.of(QuickFix.replace(problem.code().startsWith(BALANCE_CODES)
				? "改为计算值 " + fix.value() : "“" + written.trim() + "”改为 " + fix.value(), problem.offset(), problem.length(), fix.value()));
		case MOVE_UNIT -> Optional.of(QuickFix.replace("把单位移到数字后：" + fix.value(), problem.offset(), problem.length(), fix.value()));
		case DROP_UNIT -> unitRemoval(document, problem, fix.value());
		case ADD_SECTION -> missingSection(document, fix.value());
		case WRAP_PROSE -> Optional.of(QuickFix.replace("放入 \"\"\" 之间", problem.offset(), problem.length(), fix.value()));
		case JOIN_LINES -> Optional.of(joinWithNextLine(document.text(), problem.offset() + problem.length(), fix.value()));
		};
		return found.map(List::of).orElse(List.of());
	}

	/** From the end of the marked line to the next line's first character: the break and the spaces around it. */
	private static QuickFix joinWithNextLine(String text, int lineEnd, String between) {
		int next = lineEnd;
		while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
			next++;
		}
		return QuickFix.replace("合并为一段", lineEnd, next - lineEnd, between);
	}

	/** Assists offered wherever the cursor is in a table, with or without a problem there. */
	public List<QuickFix> assists(ReportDocument document, int offset) {
		var assists = new ArrayList<QuickFix>();
		var place = document.placeAt(offset).filter(found -> found.line() instanceof TableLine);
		place.flatMap(found -> blanksToZero(document, found)).ifPresent(assists::add);
		document.tableAt(offset).flatMap(table -> missingRows(document, table)).ifPresent(assists::add);
		return assists;
	}

	/** A count column takes no unit: drop it with the space before it. */
	private static Optional<QuickFix> unitRemoval(ReportDocument document, ProblemAt problem, String unit) {
		var place = document.placeAt(problem.offset());
		if (place.isEmpty() || !(place.get().line() instanceof TableLine line)) {
			return Optional.empty();
		}
		return line.cells().stream().filter(cell -> cell.unit() != null && cell.number() != null
				&& cell.unit().range().offset() == problem.offset()).findFirst().map(cell -> {
					int from = cell.number().range().offset() + cell.number().range().length();
					int to = cell.unit().range().offset() + cell.unit().range().length();
					return QuickFix.replace("删去单位“" + unit + "”（本列是件数）", from, to - from, "");
				});
	}

	/** Inserts the missing section with that number before the next section written, or at the end. */
	private Optional<QuickFix> missingSection(ReportDocument document, String number) {
		var present = document.sections().stream().map(place -> place.spec()).toList();
		var missing = document.template().sections().stream().filter(spec -> !present.contains(spec))
				.filter(spec -> spec.number().equals(number)).findFirst();
		if (missing.isEmpty()) {
			return Optional.empty();
		}
		var spec = missing.get();
		String lineBreak = document.lineBreak();
		String lines = String.join(lineBreak, skeleton.section(spec)) + lineBreak;
		var title = "补上“" + spec.officialHeading() + "”";
		var next = document.sections().stream().filter(place -> place.spec().ordinal() > spec.ordinal()).findFirst();
		if (next.isPresent()) {
			return Optional.of(QuickFix.replace(title, next.get().heading().offset(), 0, lines + lineBreak));
		}
		String text = document.text();
		String separator = text.isEmpty() || text.endsWith("\n") ? "" : lineBreak;
		return Optional.of(QuickFix.replace(title, text.length(), 0, separator + lineBreak + lines));
	}

	private static Optional<QuickFix> blanksToZero(ReportDocument document, LinePlace place) {
		var line = (TableLine) place.line();
		if (place.row() == null) {
			return Optional.empty();
		}
		var changes = new ArrayList<TextChange>();
		// A blank cell inside the row's columns is a 0 left unwritten; one beyond them is a trailing separator.
		int columns = Math.min(line.cells().size(), place.columns().size());
		for (int i = 0; i < columns; i++) {
			SourceCell cell = line.cells().get(i);
			if (cell.isEmpty()) {
				changes.add(blankToZero(document.text(), cell.range().offset()));
			}
		}
		return changes.isEmpty() ? Optional.empty() : Optional.of(new QuickFix("空白格填 0", changes));
	}

	/** The spaces between two separators become {@code  0 }. */
	private static TextChange blankToZero(String text, int start) {
		int end = start;
		while (end < text.length() && " \t\u3000".indexOf(text.charAt(end)) >= 0) {
			end++;
		}
		boolean atLineEnd = end >= text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r';
		return new TextChange(start, end - start, atLineEnd ? " " + ZERO : " " + ZERO + " ");
	}

	/** The rows of the table not written yet, at 0, after its last written line. */
	private Optional<QuickFix> missingRows(ReportDocument document, TableSpec table) {
		var written = document.writtenRows(table);
		List<RowSpec> missing = table.rows().stream().filter(row -> !written.contains(row)).toList();
		var lastLine = document.places().stream().filter(place -> place.table() == table).reduce((first, second) -> second);
		if (missing.isEmpty() || lastLine.isEmpty()) {
			return Optional.empty();
		}
		String lineBreak = document.lineBreak();
		var text = new StringBuilder();
		missing.forEach(row -> text.append(lineBreak).append(skeleton.row(table, row)));
		int end = document.lineEnd(lastLine.get().end());
		return Optional.of(QuickFix.replace("补齐“" + TableNames.of(document.template(), table) + "”缺少的 " + missing.size() + " 行", end, 0,
				text.toString()));
	}
}
