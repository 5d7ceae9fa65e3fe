package org.govreport.dsl.template;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/** The units an amount may be written in (reports use 元 and 万元 at will) and how to convert between them. */
public final class AmountUnits {
	private static final List<Unit> UNITS = List.of(new Unit("元", BigDecimal.ONE), new Unit("万元", BigDecimal.valueOf(10_000)));

	private AmountUnits() {
	}

	/** The units, for messages: 元 或 万元. */
	public static String names() {
		return String.join(" 或 ", UNITS.stream().map(Unit::name).toList());
	}

	/** The amount in the column's document unit; empty when the written unit is not an amount unit. */
	public static Optional<BigDecimal> convert(BigDecimal amount, String writtenUnit, ColumnSpec column) {
		var from = unit(writtenUnit);
		var to = unit(column.unit());
		if (from.isEmpty() || to.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(amount.multiply(from.get().inYuan()).divide(to.get().inYuan(), MathContext.DECIMAL64)
				.stripTrailingZeros());
	}

	private static Optional<Unit> unit(String name) {
		return UNITS.stream().filter(unit -> unit.name().equals(name)).findFirst();
	}

	private record Unit(String name, BigDecimal inYuan) {
	}
}
