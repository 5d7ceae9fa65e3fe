package org.govreport.cli.lsp;

import java.util.Arrays;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What a client may configure, under {@code govreport} in its settings or in {@code initializationOptions}
 * (with or without that key): {@code documentsFolder}, where {@code govreport.build} writes (relative to the
 * workspace folder; {@code documents}, as in Eclipse), and {@code documentFormats} (e.g. {@code "html,pdf"};
 * {@code html}, as in Eclipse).
 */
final class ServerSettings {
	static final String DEFAULT_DOCUMENTS_FOLDER = "documents";
	static final String DEFAULT_FORMATS = "html";

	private volatile String documentsFolder = DEFAULT_DOCUMENTS_FOLDER;
	private volatile String formats = DEFAULT_FORMATS;

	/** Takes what the settings object names; what it leaves out keeps its value. */
	void update(Object settings) {
		if (!(settings instanceof JsonObject object)) {
			return;
		}
		JsonObject ours = object.has("govreport") && object.get("govreport").isJsonObject()
				? object.getAsJsonObject("govreport") : object;
		String folder = string(ours.get("documentsFolder"));
		if (folder != null && !folder.isBlank()) {
			documentsFolder = folder.strip();
		}
		String formatNames = string(ours.get("documentFormats"));
		if (formatNames != null && !formatNames.isBlank()) {
			formats = formatNames;
		}
	}

	String documentsFolder() {
		return documentsFolder;
	}

	List<String> formats() {
		return Arrays.stream(formats.split("[,\\s]+")).filter(name -> !name.isEmpty()).toList();
	}

	private static String string(JsonElement element) {
		return element != null && element.isJsonPrimitive() ? element.getAsString() : null;
	}
}
