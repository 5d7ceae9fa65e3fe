package org.govreport.fuzz;

import org.govreport.dsl.importer.ImportException;
import org.govreport.dsl.importer.ReportImporter;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever a user imports (text in any encoding, a broken .docx) is either read or refused with an
 * {@link ImportException}; nothing else may escape.
 */
class ImporterFuzzTest {

	@FuzzTest(maxDuration = "10m")
	void importText(byte[] input) {
		try {
			new ReportImporter().read("fuzz.txt", input);
		} catch (ImportException refused) {
			// a clear refusal is a correct result
		}
	}
}
