package org.govreport.dsl.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The positions of the longest increasing subsequence of a short list of numbers. */
final class LongestOrderedRun {
	private LongestOrderedRun() {
	}

	static Set<Integer> of(List<Integer> numbers) {
		int size = numbers.size();
		var length = new int[size];
		var previous = new int[size];
		int best = -1;
		for (int i = 0; i < size; i++) {
			length[i] = 1;
			previous[i] = -1;
			for (int j = 0; j < i; j++) {
				if (numbers.get(j) < numbers.get(i) && length[j] + 1 > length[i]) {
					length[i] = length[j] + 1;
					previous[i] = j;
				}
			}
			if (best < 0 || length[i] > length[best]) {
				best = i;
			}
		}
		var positions = new HashSet<Integer>();
		for (int i = best; i >= 0; i = previous[i]) {
			positions.add(i);
		}
		return positions;
	}
}
