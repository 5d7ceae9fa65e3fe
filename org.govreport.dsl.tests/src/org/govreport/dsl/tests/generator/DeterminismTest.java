package org.govreport.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.TimeZone;

import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.documents.Documents;
import org.junit.jupiter.api.Test;

/** The same source gives byte-identical files in every format, so that builds can be diffed and cached. */
class DeterminismTest extends RenderedExamples {

	@Test
	void everyExampleRendersToTheSameBytesTwice() throws Exception {
		var reports = examples();
		var first = new LinkedHashMap<String, byte[]>();
		for (var example : reports.entrySet()) {
			for (DocumentFormat format : Documents.IN_BUNDLE) {
				first.put(example.getKey() + " " + format, render(example.getValue(), format));
			}
		}
		// a later second lets anything that reads the clock (zip entry times, PDF dates) show up
		Thread.sleep(1100);
		for (var example : reports.entrySet()) {
			for (DocumentFormat format : Documents.IN_BUNDLE) {
				var key = example.getKey() + " " + format;
				assertTrue(first.get(key).length > 0, key);
				assertArrayEquals(first.get(key), render(example.getValue(), format), key);
			}
		}
	}

	@Test
	void zippedFormatsAreTheSameInEveryTimeZone() throws Exception {
		var report = firstExample();
		var zone = TimeZone.getDefault();
		try {
			TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
			var utc = render(report, DocumentFormat.DOCX);
			TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
			assertArrayEquals(utc, render(report, DocumentFormat.DOCX), "DOCX in UTC and in Asia/Shanghai");
			TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
			assertArrayEquals(utc, render(report, DocumentFormat.DOCX), "DOCX in UTC and in America/Los_Angeles");
		} finally {
			TimeZone.setDefault(zone);
		}
	}
}
