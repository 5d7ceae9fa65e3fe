package org.govreport.dsl.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.template.SectionSpec;

/**
 * The notes of one import, in source order for standard error, and the text that found no place kept
 * per section, so that the written report lists it as comments where it was found.
 */
final class ImportNotes {
	private final List<ImportNote> all = new ArrayList<>();
	private final Map<Integer, List<ImportNote>> unplacedBySection = new LinkedHashMap<>();

	void interpreted(String place, String message) {
		all.add(new ImportNote(place, message));
	}

	void unplaced(SectionSpec section, String place, String message) {
		var note = new ImportNote(place, message);
		all.add(note);
		unplacedBySection.computeIfAbsent(section == null ? 0 : section.ordinal(), key -> new ArrayList<>()).add(note);
	}

	List<ImportNote> all() {
		return List.copyOf(all);
	}

	/** @param ordinal 0 for text before the first section */
	List<ImportNote> unplaced(int ordinal) {
		return unplacedBySection.getOrDefault(ordinal, List.of());
	}
}
