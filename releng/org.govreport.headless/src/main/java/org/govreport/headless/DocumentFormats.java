package org.govreport.headless;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.govreport.dsl.generator.DocumentFormat;

/** Format lists as users write them on a command line or in a pom: {@code html,docx,pdf}. */
public final class DocumentFormats {

	private DocumentFormats() {
	}

	/** @throws IllegalArgumentException naming the unknown format and the known ones */
	public static List<DocumentFormat> parse(List<String> names) {
		List<DocumentFormat> formats = new ArrayList<>();
		for (String name : names) {
			for (String part : name.split(",")) {
				if (part.isBlank()) {
					continue;
				}
				DocumentFormat format = DocumentFormat.named(part).orElseThrow(() -> new IllegalArgumentException(
						"unknown format '" + part.trim() + "'; one of " + known()));
				if (!formats.contains(format)) {
					formats.add(format);
				}
			}
		}
		if (formats.isEmpty()) {
			throw new IllegalArgumentException("no format named; one of " + known());
		}
		return formats;
	}

	public static String known() {
		return Arrays.stream(DocumentFormat.values()).map(DocumentFormat::extension).collect(Collectors.joining(", "));
	}
}
