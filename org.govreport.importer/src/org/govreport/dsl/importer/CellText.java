package org.govreport.dsl.importer;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreport.dsl.model.NothingWords;
import org.govreport.dsl.template.AmountUnits;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.ValueKind;

/**
 * What a published cell holds and how it is written in the language: a figure as it stands, or one the
 * importer had to interpret (无 → 0, +0 → 0, 11210元 kept with its unit, 5件 → 5), with a note saying so.
 */
final class CellText {
	private static final Pattern FIGURE = Pattern.compile("^([+\\-－]?)\\s*(\\d[\\d,，]*(?:\\.\\d+)?)\\s*([^\\d\\s]{0,2})$");
	/** The words a count is typed with; they say nothing the column does not. */
	private static final Set<String> COUNT_UNITS = Set.of("件", "项", "个", "条", "次", "家", "人");
	private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:[-－—–]\\s*\\d{1,3}\\s*[-－—–]|第\\s*\\d{1,3}\\s*页(?:\\s*共\\s*\\d{1,3}\\s*页)?)$");

	/** @param note null when the cell is taken as written */
	record Reading(String written, String note) {
	}

	private CellText() {
	}

	/** Whether a cell holds a figure (or a word for nothing) rather than a label. */
	static boolean isFigure(String text) {
		var figure = FIGURE.matcher(digits(text));
		return figure.matches() && (figure.group(3).isEmpty() || COUNT_UNITS.contains(figure.group(3))
				|| figure.group(3).endsWith("元")) || NothingWords.contains(text);
	}

	/** Page furniture a PDF leaves inside tables: -3-, 第 3 页. */
	static boolean isPageNumber(String text) {
		return PAGE_NUMBER.matcher(text).matches();
	}

	/**
	 * @param headerUnit the unit the column header printed (（单位：元）), or null
	 */
	static Reading read(String raw, ColumnSpec column, String headerUnit) {
		var text = raw.strip();
		if (text.isEmpty()) {
			return new Reading("", "原文空白" + (column.total() ? "，合计由检查算出" : "，按 0"));
		}
		if (NothingWords.contains(text)) {
			return new Reading("0", "原文“" + text + "”，按 0");
		}
		var figure = FIGURE.matcher(digits(text));
		if (!figure.matches()) {
			return new Reading(text, "原文“" + text + "”不是数字，照录，请核对");
		}
		return figure(text, figure, column, headerUnit);
	}

	private static Reading figure(String text, Matcher figure, ColumnSpec column, String headerUnit) {
		var sign = figure.group(1).replace('－', '-');
		var number = figure.group(2).replaceAll("[,，]", "");
		var unit = figure.group(3);
		var notes = new StringBuilder();
		if (!number.equals(figure.group(2))) {
			notes.append("去掉千位分隔符；");
		}
		if (!sign.isEmpty() && new BigDecimal(number).signum() == 0) {
			sign = "";
			notes.append("按 0；");
		} else if (sign.equals("+") && column.kind() != ValueKind.SIGNED_DELTA) {
			sign = "";
			notes.append("去掉正号；");
		}
		if (unit.isEmpty() && headerUnit != null && column.kind() == ValueKind.AMOUNT && !headerUnit.equals(column.unit())) {
			unit = headerUnit;
			notes.append("表头单位为").append(headerUnit).append("；");
		}
		if (unit.isEmpty() && headerUnit == null && column.kind() == ValueKind.AMOUNT && new BigDecimal(number).signum() != 0) {
			// the 2019-60 form prints no unit for 采购总金额, and reports write 元 or 万元 at will
			notes.append("原文未写单位，按 ").append(column.unit()).append("；");
		}
		var written = sign + number;
		if (!unit.isEmpty()) {
			written = unit(written, number, unit, column, notes);
		}
		if (!written.equals(text) && notes.isEmpty()) {
			notes.append("按 ").append(written).append("；");
		}
		return new Reading(written, notes.isEmpty() ? null : "原文“" + text + "”，" + notes.substring(0, notes.length() - 1));
	}

	private static String unit(String written, String number, String unit, ColumnSpec column, StringBuilder notes) {
		if (column.kind() == ValueKind.AMOUNT) {
			var converted = AmountUnits.convert(new BigDecimal(number), unit, column);
			if (converted.isPresent()) {
				if (!unit.equals(column.unit())) {
					notes.append("即 ").append(converted.get().toPlainString()).append(" ").append(column.unit()).append("；");
				}
				return written + unit;
			}
		} else if (COUNT_UNITS.contains(unit)) {
			notes.append("去掉单位“").append(unit).append("”；");
			return written;
		}
		notes.append("单位“").append(unit).append("”不合本列，照录；");
		return written + unit;
	}

	/** Full-width digits and stray spaces, as Word and web pages leave them. */
	private static String digits(String text) {
		var out = new StringBuilder(text.length());
		for (char c : text.strip().toCharArray()) {
			out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c);
		}
		return out.toString();
	}
}
