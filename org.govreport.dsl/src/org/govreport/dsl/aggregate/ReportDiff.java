package org.govreport.dsl.aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.govreport.dsl.model.Cell;
import org.govreport.dsl.model.CellOrigin;
import org.govreport.dsl.model.HeaderFields;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportTable;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.OrganLevel;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.TemplateDescription;

/**
 * The difference of two reports (two revisions of one, or one organ's two years), in the order a reader
 * of the form meets it: header fields, then each table's rows and cells, then the prose. Tables and rows
 * are matched by their template keys, so two template versions compare where their meaning is shared.
 * A total computed on both sides follows from the cells it sums and is not listed again.
 */
public final class ReportDiff {
	private final Report before;
	private final Report after;
	private final List<Change> changes = new ArrayList<>();

	private ReportDiff(Report before, Report after) {
		this.before = before;
		this.after = after;
	}

	public static List<Change> between(Report before, Report after) {
		var diff = new ReportDiff(before, after);
		diff.header();
		diff.tables();
		diff.changes.addAll(ProseDiff.between(before, after));
		return List.copyOf(diff.changes);
	}

	private void header() {
		field(HeaderFields.ORGAN, before.organ(), after.organ());
		field(HeaderFields.YEAR, Objects.toString(before.year(), null), Objects.toString(after.year(), null));
		field(HeaderFields.TEMPLATE, before.template().id(), after.template().id());
		field(HeaderFields.LEVEL, levelName(before.level()), levelName(after.level()));
		field(HeaderFields.PREVIOUS, before.previousReport(), after.previousReport());
		field(HeaderFields.SUMMED, HeaderFields.summed(before), HeaderFields.summed(after));
	}

	private void field(String name, String old, String now) {
		if (!Objects.equals(old, now)) {
			changes.add(new Change(Change.Kind.HEADER, name, old, now));
		}
	}

	private void tables() {
		for (TableSpec spec : after.template().tables()) {
			var old = before.table(spec.key());
			var now = after.table(spec.key());
			if (old == null || !old.isWritten() && now.isWritten()) {
				changes.add(new Change(Change.Kind.TABLE_ADDED, CellNaming.table(after.template(), spec), null, null));
			} else if (old.isWritten() && !now.isWritten()) {
				changes.add(new Change(Change.Kind.TABLE_REMOVED, CellNaming.table(after.template(), spec), null, null));
			}
			rows(after.template(), spec, old, now);
		}
		for (TableSpec spec : before.template().tables()) {
			if (after.table(spec.key()) == null) {
				changes.add(new Change(Change.Kind.TABLE_REMOVED, CellNaming.table(before.template(), spec), null, null));
				rows(before.template(), spec, before.table(spec.key()), null);
			}
		}
	}

	/** @param old or now is null when the table is only in one of the two template versions */
	private void rows(TemplateDescription template, TableSpec spec, ReportTable old, ReportTable now) {
		for (RowSpec row : spec.rows()) {
			boolean inBoth = old != null && now != null && old.spec().row(row.key()).isPresent();
			if (old != null && now != null && !inBoth || inBoth && isWritten(old, row) != isWritten(now, row)) {
				var added = !inBoth || isWritten(now, row);
				changes.add(new Change(added ? Change.Kind.ROW_ADDED : Change.Kind.ROW_REMOVED,
						CellNaming.row(template, spec, row), null, null));
			}
			for (ColumnSpec column : spec.columns()) {
				cell(template, spec, row, column, old == null ? null : old.cell(row.key(), column.key()),
						now == null ? null : now.cell(row.key(), column.key()));
			}
			if (inBoth) {
				// columns only last version had (2019-60's 本年新制作数量 against 2021-30's 本年制发件数)
				old.spec().columns().stream().filter(column -> spec.column(column.key()).isEmpty())
						.forEach(column -> cell(before.template(), old.spec(), old.spec().row(row.key()).orElseThrow(), column,
								old.cell(row.key(), column.key()), null));
			}
		}
		if (old != null && now != null) {
			for (RowSpec row : old.spec().rows()) {
				if (spec.row(row.key()).isEmpty()) {
					changes.add(new Change(Change.Kind.ROW_REMOVED, CellNaming.row(before.template(), old.spec(), row), null, null));
					old.spec().columns().forEach(column -> cell(before.template(), old.spec(), row, column,
							old.cell(row.key(), column.key()), null));
				}
			}
		}
	}

	private void cell(TemplateDescription template, TableSpec spec, RowSpec row, ColumnSpec column, Cell old, Cell now) {
		if (old != null && now != null && old.origin() == CellOrigin.COMPUTED && now.origin() == CellOrigin.COMPUTED) {
			return;
		}
		var oldValue = value(old);
		var newValue = value(now);
		if (!Objects.equals(oldValue, newValue) && !(isZeroOrAbsent(old) && isZeroOrAbsent(now))) {
			changes.add(new Change(Change.Kind.CELL, CellNaming.cell(template, spec, row, column), oldValue, newValue));
		}
	}

	private static boolean isWritten(ReportTable table, RowSpec row) {
		return table.cells().stream().anyMatch(cell -> cell.ref().row().equals(row.key())
				&& (cell.isWritten() || cell.origin() == CellOrigin.INVALID));
	}

	private static String value(Cell cell) {
		if (cell == null) {
			return null;
		}
		return CellNaming.figure(cell);
	}

	private static boolean isZeroOrAbsent(Cell cell) {
		return cell == null || cell.isKnown() && cell.value().compareTo(BigDecimal.ZERO) == 0;
	}

	private static String levelName(OrganLevel level) {
		return level == null ? null : level.name();
	}
}
