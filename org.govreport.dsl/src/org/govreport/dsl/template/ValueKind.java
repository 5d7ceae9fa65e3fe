package org.govreport.dsl.template;

/** What a column's cells hold; decides which numbers, signs and units a cell may carry. */
public enum ValueKind {
	/** A non-negative whole number of items (件/项). */
	COUNT,
	/** A signed whole number: this year's change (本年增/减), where +0 and -3 are both legitimate. */
	SIGNED_DELTA,
	/** A money amount, decimals allowed, stored in the template's document unit. */
	AMOUNT
}
