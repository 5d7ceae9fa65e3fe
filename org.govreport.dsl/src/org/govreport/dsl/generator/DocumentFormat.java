package org.govreport.dsl.generator;

import java.util.Locale;
import java.util.Optional;

/**
 * The formats a report compiles to, with the file extension each is written with. Their renderers live
 * where their libraries are: HTML, text and JSON in this bundle, DOCX and PDF in org.govreport.documents
 * (the DOCX written with the JDK's StAX writer, the PDF with PDFBox), OFD (GB/T 33190) in the plain Maven module org.govreport.documents.ofd,
 * since ofdrw is no OSGi bundle.
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
