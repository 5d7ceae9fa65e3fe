package org.govreport.headless;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths that fit their text. Excel measures widths in characters of its default Latin font; a
 * Chinese character takes two, so the width counts display columns, not characters. Very long labels
 * wrap instead of widening their column without limit.
 */
final class SheetWidths {
	private static final int WIDEST = 30;
	private static final int PADDING = 2;
	private final Map<Integer, Integer> widths = new HashMap<>();

	void fit(int column, String text) {
		widths.merge(column, displayWidth(text), Math::max);
	}

	/** A text over several merged columns: each takes its share. */
	void spread(int firstColumn, int columns, String text) {
		int share = (displayWidth(text) + columns - 1) / columns;
		for (int i = 0; i < columns; i++) {
			widths.merge(firstColumn + i, share, Math::max);
		}
	}

	void apply(Sheet sheet) {
		widths.forEach((column, width) -> sheet.setColumnWidth(column, Math.min(width + PADDING, WIDEST) * 256));
	}

	static int displayWidth(String text) {
		return text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
	}
}
