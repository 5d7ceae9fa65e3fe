package org.govreport.dsl.template;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The label a writer most likely meant by one that names nothing: one typed character wrong, missing or
 * extra (予以工开 for 予以公开). Offered only when a single candidate is that near, so the suggestion is
 * never a guess between two rows.
 */
public final class NearestLabel {
	/** Edits allowed per four characters of the form, at least one and at most three. */
	private static final int CHARACTERS_PER_EDIT = 4;
	private static final int MAX_EDITS = 3;

	private NearestLabel() {
	}

	/** The one candidate near enough to what was written, and which of its forms (as the template writes it) is nearest. */
	public record Near<T>(T candidate, String form) {
	}

	public static <T> Optional<Near<T>> of(String written, List<T> candidates, Function<T, List<String>> forms) {
		var text = LabelNormaliser.normalise(written);
		var bare = LabelNormaliser.withoutNumbering(written);
		T nearest = null;
		String nearestForm = null;
		int best = Integer.MAX_VALUE;
		boolean tie = false;
		for (T candidate : candidates) {
			for (String form : forms.apply(candidate)) {
				var whole = LabelNormaliser.normalise(form);
				var formBare = LabelNormaliser.withoutNumbering(form);
				int distance = bare.isEmpty() || formBare.isEmpty() ? distance(text, whole)
						: Math.min(distance(text, whole), distance(bare, formBare));
				if (distance > Math.min(MAX_EDITS, Math.max(1, whole.length() / CHARACTERS_PER_EDIT))) {
					continue;
				}
				if (distance < best) {
					best = distance;
					nearest = candidate;
					nearestForm = form;
					tie = false;
				} else if (distance == best && candidate != nearest) {
					tie = true;
				}
			}
		}
		return tie || nearest == null ? Optional.empty() : Optional.of(new Near<>(nearest, nearestForm));
	}

	/**
	 * The candidates most like what was written, at most {@code count}: those sharing the most characters
	 * with it first, then the fewest edits away. For a message that cannot name one label but should not
	 * list every row of a long table either.
	 */
	public static <T> List<T> closest(String written, List<T> candidates, Function<T, List<String>> forms, int count) {
		var text = LabelNormaliser.normalise(written);
		Map<T, int[]> scores = new LinkedHashMap<>();
		for (T candidate : candidates) {
			for (String form : forms.apply(candidate)) {
				var whole = LabelNormaliser.normalise(form);
				int[] score = { -shared(text, whole), distance(text, whole) };
				scores.merge(candidate, score, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
			}
		}
		return scores.entrySet().stream().sorted(Map.Entry.comparingByValue(ORDER)).limit(count).map(Map.Entry::getKey).toList();
	}

	private static final Comparator<int[]> ORDER = Comparator.<int[]>comparingInt(score -> score[0]).thenComparingInt(score -> score[1]);

	/** How many characters two texts have in common, each counted as often as both have it. */
	private static int shared(String a, String b) {
		Map<Integer, Integer> left = new HashMap<>();
		a.codePoints().forEach(c -> left.merge(c, 1, Integer::sum));
		int shared = 0;
		for (int c : b.codePoints().toArray()) {
			if (left.getOrDefault(c, 0) > 0) {
				left.merge(c, -1, Integer::sum);
				shared++;
			}
		}
		return shared;
	}

	/** Levenshtein distance: insertions, deletions and substitutions of one character each cost 1. */
	static int distance(String a, String b) {
		var previous = new int[b.length() + 1];
		var current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			var swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
