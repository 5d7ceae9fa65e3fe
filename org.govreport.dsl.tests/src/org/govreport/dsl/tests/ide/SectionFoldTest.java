package org.govreport.dsl.tests.ide;

import static org.govreport.dsl.tests.ide.IdeServicesTesting.services;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.govreport.dsl.tests.Examples;
import org.govreport.dsl.ui.folding.WholeLines;
import org.junit.jupiter.api.Test;

/** Folding a section hides everything after its heading down to and including its last line. */
class SectionFoldTest {
	private static final URI FILE = URI.createURI("inmemory:/江城镇-2020.govreport");

	@Test
	void everySectionFoldEndsAtALineStartAfterTheSectionsLastLine() throws IOException, BadLocationException {
		var text = Files.readString(Examples.files().stream().filter(path -> path.endsWith("江城镇-2020.govreport")).findFirst()
				.orElseThrow());
		var document = new Document(text);
		int sections = 0;
		for (var region : services().folding(FILE, text)) {
			var position = WholeLines.of(document, region);
			int end = position.getOffset() + position.getLength();
			assertTrue(end == text.length() || text.charAt(end - 1) == '\n', "a fold ends at a line start: " + end);
			// The projection viewer hides from the line after the first up to the position's end.
			int hiddenFrom = document.getLineOffset(document.getLineOfOffset(position.getOffset()) + 1);
			var hidden = text.substring(hiddenFrom, end);
			var folded = text.substring(region.offset(), region.offset() + region.length());
			if (folded.startsWith("二、")) {
				assertTrue(hidden.endsWith("政府集中采购 | 2 | 11210元\n"), hidden);
				sections++;
			}
			var lastLine = folded.substring(folded.lastIndexOf('\n') + 1);
			assertTrue(hidden.endsWith(lastLine + "\n") || hidden.endsWith(lastLine), "last line hidden: " + lastLine);
		}
		assertEquals(1, sections);
	}
}
