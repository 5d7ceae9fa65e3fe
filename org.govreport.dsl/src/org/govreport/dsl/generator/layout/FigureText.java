package org.govreport.dsl.generator.layout;

import org.govreport.dsl.model.Cell;

/**
 * A figure as the template prints it. Values are already in the column's document unit (万元 for
 * amounts) and keep the decimals they were written with, so an amount written 589.10 prints 589.10.
 */
public final class FigureText {
	private FigureText() {
	}

	/** Empty for an unknown value: a published document must not print a guess. */
	public static String of(Cell cell) {
		return cell == null || cell.value() == null ? "" : cell.value().toPlainString();
	}
}
