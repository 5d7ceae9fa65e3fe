package org.govreport.dsl.ide.codeactions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * The issue data of a diagnostic as strings, in whichever form it comes back: the validator's String[]
 * in process, a JSON array from a language client, a list from LSP4J's own objects.
 */
final class IssueData {
	private IssueData() {
	}

	static List<String> strings(Object data) {
		var strings = new ArrayList<String>();
		if (data instanceof String[] values) {
			strings.addAll(Arrays.asList(values));
		} else if (data instanceof JsonArray array) {
			array.forEach(element -> strings.add(element.isJsonNull() ? null : element.getAsString()));
		} else if (data instanceof JsonElement element && element.isJsonPrimitive()) {
			strings.add(element.getAsString());
		} else if (data instanceof List<?> values) {
			values.forEach(value -> strings.add(value == null ? null : value.toString()));
		}
		return strings;
	}
}
