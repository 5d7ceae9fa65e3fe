package org.govreport.dsl.template;

import java.util.List;

/** The outcome of resolving written text to one element of the template. */
public sealed interface Match<T> {
	record Found<T>(T value) implements Match<T> {
	}

	/** Several elements fit equally well; the user must write more of the label. */
	record Ambiguous<T>(List<T> candidates) implements Match<T> {
	}

	record NotFound<T>() implements Match<T> {
	}

	default T orNull() {
		return this instanceof Found<T> found ? found.value() : null;
	}
}
