package org.govreport.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.documents.RendererWarmUp;
import org.junit.jupiter.api.Test;

/** The renderers' warm-up: only for the formats that start slowly, quietly, and soon over. */
class RendererWarmUpTest {

	@Test
	void formatsThatStartQuicklyAreNotWarmedUp() {
		assertTrue(RendererWarmUp.start(List.of(DocumentFormat.HTML, DocumentFormat.TXT, DocumentFormat.JSON)).isEmpty());
	}

	@Test
	void docxNeedsNoWarmUpSinceItIsWrittenWithoutPoi() {
		assertTrue(RendererWarmUp.start(List.of(DocumentFormat.DOCX, DocumentFormat.TXT)).isEmpty());
	}

	@Test
	void theWarmUpOfPdfAndDocxEndsWithoutAWord() throws Exception {
		var errors = new ByteArrayOutputStream();
		var stderr = System.err;
		System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
		try {
			var thread = RendererWarmUp.start(List.of(DocumentFormat.DOCX, DocumentFormat.PDF)).orElseThrow();
			assertTrue(thread.isDaemon(), "a run that ends must not wait for it");
			thread.join(120_000);
			assertFalse(thread.isAlive(), "still warming up after two minutes");
		} finally {
			System.setErr(stderr);
		}
		assertEquals("", errors.toString(StandardCharsets.UTF_8));
	}
}
