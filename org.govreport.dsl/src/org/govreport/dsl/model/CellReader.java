package org.govreport.dsl.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.parsing.source.SourceCell;
import org.govreport.dsl.template.AmountUnits;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.ValueKind;

/** Turns one written cell into a typed value in the column's document unit. */
final class CellReader {
	/** No figure in these reports comes near a trillion; longer numbers are typing accidents. */
	private static final int MAX_INTEGER_DIGITS = 15;
	/** Spaces and a plus sign a number may carry; compiled once, as every cell of every report is read with it. */
	private static final Pattern SPACES_AND_PLUS = Pattern.compile("[\\s+]");

	private final List<Diagnostic> diagnostics;

	CellReader(List<Diagnostic> diagnostics) {
		this.diagnostics = diagnostics;
	}

	Cell read(CellRef ref, ColumnSpec column, SourceCell written) {
		if (written.isEmpty()) {
			return new Cell(ref, BigDecimal.ZERO, CellOrigin.OMITTED, written.range());
		}
		var writtenAs = otherForm(written);
		var plain = writtenAs.flatMap(NumberForms::plain);
		plain.ifPresent(fix -> diagnostics.add(Diagnostic.warning(IssueCodes.CELL_NUMBER_FORM,
				column.label() + " 写作“" + writtenAs.get() + "”，应写 " + fix, written.range()).withFix(fix)));
		var number = plain.isPresent() ? parse(plain.get())
				: written.number() == null ? null : parse(written.number().text());
		if (number == null) {
			return notANumber(ref, column, written);
		}
		if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
			diagnostics.add(Diagnostic.error(IssueCodes.CELL_TOO_LARGE, column.label() + " 的数字过大（超过 " + MAX_INTEGER_DIGITS
					+ " 位），请核对", written.range()));
			return invalid(ref, written);
		}
		var value = plain.isPresent() ? number : inDocumentUnit(number, column, written);
		// a figure with a unit the column cannot take is already an error: its sums would only repeat it
		return value == null ? invalid(ref, written) : new Cell(ref, value, CellOrigin.WRITTEN, written.range());
	}

	/** The cell's text when it may be a number in another form: a word, or a number run into what follows. */
	private static Optional<String> otherForm(SourceCell written) {
		if (written.word() != null) {
			return Optional.of(written.word().text());
		}
		var number = written.number().range();
		var unit = written.unit();
		return unit != null && unit.range().offset() == number.offset() + number.length()
				? Optional.of(written.number().text() + unit.text())
				: Optional.empty();
	}

	/** Null when the unit is one the column cannot take (reported here). */
	private BigDecimal inDocumentUnit(BigDecimal number, ColumnSpec column, SourceCell written) {
		if (written.unit() == null) {
			return number;
		}
		var unit = written.unit().text().trim();
		var converted = column.kind() == ValueKind.AMOUNT ? AmountUnits.convert(number, unit, column) : Optional.<BigDecimal>empty();
		if (converted.isEmpty()) {
			var allowed = column.kind() == ValueKind.AMOUNT ? "只能写 " + AmountUnits.names() : "是件数，不写单位";
			diagnostics.add(Diagnostic.error(IssueCodes.CELL_UNIT, column.label() + " " + allowed + "，实为“" + unit + "”",
					written.unit().range()));
			return null;
		}
		return converted.get();
	}

	/** 无 and its kin get a hint and a fix; anything else just says a number belongs here. */
	private Cell notANumber(CellRef ref, ColumnSpec column, SourceCell written) {
		var text = (written.number() != null ? written.number() : written.word()).text().trim();
		var nothing = NothingWords.contains(text);
		diagnostics.add(Diagnostic.error(IssueCodes.CELL_WORD, column.label() + " 应填数字，实为“" + text + "”"
				+ (nothing ? "，没有请写 0" : ""), written.range()).withFix(nothing ? "0" : null));
		return invalid(ref, written);
	}

	/** Null when the parser let through something that is not a plain decimal number. */
	private static BigDecimal parse(String text) {
		try {
			return new BigDecimal(SPACES_AND_PLUS.matcher(text).replaceAll(""));
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static Cell invalid(CellRef ref, SourceCell written) {
		return new Cell(ref, null, CellOrigin.INVALID, written.range());
	}
}
