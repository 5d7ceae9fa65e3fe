package org.govreport.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.govreport.documents.Documents;
import org.govreport.dsl.generator.DocumentWriter;
import org.govreport.dsl.importer.ReportImporter;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The language's core bundle is wired, in the running OSGi framework, to none of the heavy libraries:
 * those belong to the bundles of the capabilities that need them (documents, import).
 */
class BundleLibrariesTest {
	private static final List<String> HEAVY = List.of("wrapped.org.apache.poi", "org.apache.pdfbox", "io.github.openhtmltopdf",
			"org.jsoup", "wrapped.org.apache.xmlbeans");

	@Test
	void theCoreBundleUsesNoHeavyLibrary() {
		assertEquals(Set.of(), heavyLibrariesOf(DocumentWriter.class));
	}

	@Test
	void theDocumentsBundleHasPdfBoxAndNeitherPoiNorOpenhtmltopdf() {
		// Word documents are written with the JDK's StAX writer since POI's object model cost the first DOCX
		// of a run half a second, and PDFs set with PDFBox since openhtmltopdf's layout cost the first PDF as
		// much (issue 17)
		var libraries = heavyLibrariesOf(Documents.class);
		assertTrue(libraries.contains("org.apache.pdfbox")
				&& libraries.stream().noneMatch(library -> library.startsWith("wrapped.org.apache.") || library.contains("openhtmltopdf")),
				libraries.toString());
	}

	@Test
	void theImporterBundleHasPdfWordAndWebPageLibraries() {
		var libraries = heavyLibrariesOf(ReportImporter.class);
		assertTrue(libraries.containsAll(Set.of("wrapped.org.apache.poi.poi-ooxml", "org.apache.pdfbox", "org.jsoup")),
				libraries.toString());
	}

	/** The heavy libraries the bundle of the class is wired to (imported packages and required bundles). */
	private static Set<String> heavyLibrariesOf(Class<?> type) {
		var bundle = FrameworkUtil.getBundle(type);
		var found = new TreeSet<String>();
		for (BundleWire wire : bundle.adapt(BundleWiring.class).getRequiredWires(null)) {
			String provider = wire.getProvider().getSymbolicName();
			if (HEAVY.stream().anyMatch(provider::startsWith)) {
				found.add(provider);
			}
		}
		return found;
	}
}
