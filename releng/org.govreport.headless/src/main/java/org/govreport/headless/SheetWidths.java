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
	/** Header rows are this many lines high, so that long official labels wrap instead of widening. */
	static final int HEADER_LINES = 3;
	private static final int WIDEST = 30;
	/** Three Chinese characters: 自然人 on one line, not split 自然 / 人. */
	private static final int NARROWEST_WRAPPED = 6;
	private static final int PADDING = 2;
	private final Map<Integer, Integer> widths = new HashMap<>();

	void fit(int column, String text) {
		widths.merge(column, displayWidth(text), Math::max);
	}

	/** A header that wraps onto at most {@link #HEADER_LINES} lines. */
	void fitWrapped(int column, String text) {
		widths.merge(column, Math.max(NARROWEST_WRAPPED, (displayWidth(text) + HEADER_LINES - 1) / HEADER_LINES), Math::max);
	}

	/** A wrapping header over several merged columns: each takes its share. */
	void spread(int firstColumn, int columns, String text) {
		int share = (displayWidth(text) + columns * HEADER_LINES - 1) / (columns * HEADER_LINES);
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
