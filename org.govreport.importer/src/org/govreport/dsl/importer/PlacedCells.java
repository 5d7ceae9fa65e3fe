package org.govreport.dsl.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.template.CellRef;

/** The cells the importer placed, each as it will be written, with the notes made on the way. */
final class PlacedCells {
	/** @param notes what was interpreted, already phrased for the reader of the file */
	record Placed(String written, List<String> notes) {
	}

	private final Map<CellRef, Placed> cells = new LinkedHashMap<>();

	Placed get(CellRef ref) {
		return cells.get(ref);
	}

	boolean contains(CellRef ref) {
		return cells.containsKey(ref);
	}

	void put(CellRef ref, String written, String note) {
		var notes = new ArrayList<String>();
		if (note != null) {
			notes.add(note);
		}
		cells.put(ref, new Placed(written, notes));
	}

	/**
	 * Adds a figure to one already placed (two rows of another version that this version counts in one);
	 * the figures are summed only when both are plain numbers, else the first is kept and the note says so.
	 */
	void add(CellRef ref, String written, String note) {
		var before = cells.get(ref);
		if (before == null) {
			put(ref, written, note);
			return;
		}
		var sum = sum(before.written(), written);
		var notes = new ArrayList<>(before.notes());
		if (note != null) {
			notes.add(note);
		}
		if (sum == null) {
			notes.add("另有“" + written + "”未能相加，请核对");
		}
		cells.put(ref, new Placed(sum == null ? before.written() : sum, notes));
	}

	private static String sum(String first, String second) {
		try {
			var a = first.isEmpty() ? BigDecimal.ZERO : new BigDecimal(first);
			var b = second.isEmpty() ? BigDecimal.ZERO : new BigDecimal(second);
			return a.add(b).toPlainString();
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
