package org.govreport.dsl.generator;

import java.util.Locale;
import java.util.Optional;

/**
 * The formats a report compiles to, with the file extension each is written with. OFD (GB/T 33190) is
 * written by a library that is no OSGi bundle, so its renderer lives in the headless tools, not in
 * {@link Documents}.
 */
public enum DocumentFormat {
	HTML("html"), DOCX("docx"), PDF("pdf"), TXT("txt"), JSON("json"), OFD("ofd");

	private final String extension;

	DocumentFormat(String extension) {
		this.extension = extension;
	}

	/** Without the dot: html, docx … */
	public String extension() {
		return extension;
	}

	/** The format named by a user (html, PDF, docx …), if any. */
	public static Optional<DocumentFormat> named(String name) {
		var wanted = name.trim().toLowerCase(Locale.ROOT);
		for (DocumentFormat format : values()) {
			if (format.extension.equals(wanted)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}
}
