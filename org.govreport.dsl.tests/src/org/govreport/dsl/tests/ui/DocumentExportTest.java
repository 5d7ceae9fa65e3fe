package org.govreport.dsl.tests.ui;

import static org.govreport.dsl.tests.ui.WorkbenchTesting.createFile;
import static org.govreport.dsl.tests.ui.WorkbenchTesting.markersOf;
import static org.govreport.dsl.tests.ui.WorkbenchTesting.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.govreport.dsl.ui.builder.ReportBuildSettings;
import org.govreport.dsl.ui.builder.ReportBuilder;
import org.govreport.dsl.ui.builder.ReportNature;
import org.govreport.dsl.ui.validation.ProblemMarkers;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The report builder writes the documents whose renderers live in the bundle org.govreport.documents (PDF
 * with the faces it embeds, Word) as well as the core bundle's HTML, in the running workbench: the plugin
 * reaches the heavy renderers through that bundle, not through the language's core.
 */
class DocumentExportTest extends WorkbenchTestBase {

	@Test
	void theBuilderWritesPdfAndWordFromTheDocumentsBundle() throws CoreException, BackingStoreException, IOException {
		var settings = ReportBuildSettings.preferences(project);
		settings.put(ReportBuildSettings.FORMATS, "pdf, docx, html");
		settings.flush();
		ReportNature.addTo(project);
		IFile report = createFile(project, "江城镇-2021.govreport", ReportEditorTest.REPORT);
		ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);

		IFolder documents = project.getFolder(ReportBuildSettings.DEFAULT_OUTPUT_FOLDER);
		// a renderer that fails leaves a marker instead of its document: that ends the wait too, and shows why
		var written = waitFor(() -> outcome(documents, report), found -> found.size() >= 3
				|| found.stream().anyMatch(entry -> !entry.startsWith("江城镇-2021.")), "three documents");
		assertEquals(List.of("江城镇-2021.docx", "江城镇-2021.html", "江城镇-2021.pdf"), written);
		assertTrue(pdfText(documents.getFile("江城镇-2021.pdf")).contains("江城镇"), "the organ printed in the PDF");
		assertTrue(wordText(documents.getFile("江城镇-2021.docx")).contains("江城镇"), "the organ in the Word document");
	}

	private static String pdfText(IFile pdf) throws CoreException, IOException {
		try (InputStream in = pdf.getContents(true); var document = Loader.loadPDF(in.readAllBytes())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String wordText(IFile docx) throws CoreException, IOException {
		try (InputStream in = docx.getContents(true); var document = new XWPFDocument(in)) {
			return String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
		}
	}

	/** The documents written, and the builder's complaints, if any. */
	private static List<String> outcome(IFolder folder, IFile report) {
		try {
			folder.refreshLocal(IResource.DEPTH_ONE, null);
			var found = new ArrayList<String>();
			if (folder.exists()) {
				Arrays.stream(folder.members()).map(IResource::getName).sorted().forEach(found::add);
			}
			Arrays.stream(markersOf(report)).filter(m -> ReportBuilder.DOCUMENTS_NOT_WRITTEN.equals(m.getAttribute(ProblemMarkers.CODE, "")))
					.map(m -> m.getAttribute(IMarker.MESSAGE, "")).forEach(found::add);
			return found;
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}
}
