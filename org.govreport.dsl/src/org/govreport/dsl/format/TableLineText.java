package org.govreport.dsl.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.govreport.dsl.template.LabelNormaliser;

/**
 * One table line taken apart for alignment: its label, its cells (trimmed, inner spaces collapsed) and
 * a trailing comment kept as written.
 */
record TableLineText(String label, List<String> cells, String comment) {

	private static final Pattern NUMBER_FIRST = Pattern.compile("^[+-]?[0-9].*");
	private static final Pattern SPACES = Pattern.compile("[\\s\u3000\u00A0]+");

	/** Cells as the parser found them between the separators, trimmed, inner spaces collapsed. */
	static TableLineText of(String label, List<String> written, String comment) {
		List<String> cells = new ArrayList<>();
		for (String cell : written) {
			cells.add(SPACES.matcher(Spaces.strip(cell)).replaceAll(" "));
		}
		// The reader ignores trailing empty cells; one cell must stay or the line would become a heading.
		while (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
			cells.remove(cells.size() - 1);
		}
		// a label typed with half-width punctuation ((一)予以公开) is written as the form prints it
		return new TableLineText(LabelNormaliser.officialPunctuation(Spaces.strip(label)), cells, comment);
	}

	/** Numbers (with or without a unit) are right-aligned, words left-aligned. */
	static boolean isNumeric(String cell) {
		return NUMBER_FIRST.matcher(cell).matches();
	}

	/** A column header line: words only, no number. */
	boolean isHeader() {
		return cells.stream().noneMatch(TableLineText::isNumeric) && cells.stream().anyMatch(cell -> !cell.isEmpty());
	}
}
