package org.govreport.dsl.tests.ui;

import static org.govreport.dsl.tests.ui.WorkbenchTesting.createFile;
import static org.govreport.dsl.tests.ui.WorkbenchTesting.markersOf;
import static org.govreport.dsl.tests.ui.WorkbenchTesting.waitFor;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/** The plugin's pictures: quick fixes, the New Report wizard and the report file type each have an icon. */
class IconsTest extends WorkbenchTestBase {

	@Test
	void everyQuickFixOfAMarkerHasAnIcon() throws CoreException {
		IFile file = createFile(project, "江城镇-2021.govreport", ReportEditorTest.UNBALANCED);
		IDE.openEditor(page, file);
		// the error, not the information that last year's report is missing, whichever comes first
		IMarker marker = Arrays.stream(waitFor(() -> markersOf(file), markers -> Arrays.stream(markers)
				.anyMatch(IconsTest::isError), "the balancing error")).filter(IconsTest::isError).findFirst().orElseThrow();
		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertTrue(fixes.length > 0, "no quick fix for " + marker.getAttribute(IMarker.MESSAGE, ""));
		for (IMarkerResolution fix : fixes) {
			assertTrue(fix instanceof IMarkerResolution2 withImage && withImage.getImage() != null, fix.getLabel() + " has no icon");
		}
	}

	private static boolean isError(IMarker marker) {
		return marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR;
	}

	@Test
	void theNewReportWizardHasAnIcon() {
		assertTrue(hasIcon("org.eclipse.ui.newWizards", "id", "org.govreport.dsl.ui.newReport"), "the wizard has no icon");
	}

	@Test
	void theReportFileTypeHasAnIcon() {
		assertTrue(hasIcon("org.eclipse.ui.genericeditor.icons", "contentType", "org.govreport.dsl.ui.report"),
				"the report content type has no icon");
	}

	/** Whether a contribution to the extension point, found by one attribute, names an icon file its bundle has. */
	private static boolean hasIcon(String extensionPoint, String attribute, String value) {
		return Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor(extensionPoint))
				.filter(element -> value.equals(element.getAttribute(attribute)) && element.getAttribute("icon") != null)
				.anyMatch(element -> Platform.getBundle(element.getContributor().getName()).getEntry(element.getAttribute("icon")) != null);
	}
}
