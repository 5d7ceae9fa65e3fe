package org.govreport.installtest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.resources.ResourcesPlugin;

/**
 * Has the installed plugin's report builder write an example report as PDF: a project with the govreport
 * nature whose settings ask for PDF, as the project's properties page writes them. The PDF's renderer and
 * faces are in the bundle org.govreport.documents, so a site without it, or without a library it needs,
 * fails here. It knows the plugin only by ids.
 */
final class PdfExportCheck {
	private static final String NATURE = "org.govreport.dsl.ui.nature";
	private static final String SETTINGS = "org.govreport.dsl.ui";
	private static final String FORMATS = "documentFormats";
	private static final long TIMEOUT_MILLIS = 90_000;

	private final Path report;

	PdfExportCheck(Path report) {
		this.report = report;
	}

	/** @return what was written */
	String run() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("documents");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		var settings = new ProjectScope(project).getNode(SETTINGS);
		settings.put(FORMATS, "pdf");
		settings.flush();
		var description = project.getDescription();
		description.setNatureIds(new String[] { NATURE });
		project.setDescription(description, null);
		String name = report.getFileName().toString();
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(Files.readAllBytes(report)), IResource.FORCE, null);
		file.setCharset("UTF-8", null);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);

		IFile pdf = project.getFolder("documents").getFile(name.replaceFirst("\\.govreport$", ".pdf"));
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (System.currentTimeMillis() < deadline) {
			pdf.getParent().refreshLocal(IResource.DEPTH_ONE, null);
			if (pdf.exists()) {
				try (InputStream in = pdf.getContents(true)) {
					byte[] bytes = in.readAllBytes();
					if (!new String(bytes, 0, Math.min(5, bytes.length), StandardCharsets.ISO_8859_1).equals("%PDF-")) {
						throw new AssertionError(pdf.getFullPath() + " is no PDF");
					}
					return pdf.getFullPath() + " (" + bytes.length + " bytes)";
				}
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no " + pdf.getFullPath() + " after " + TIMEOUT_MILLIS + " ms; markers: "
				+ Arrays.toString(Arrays.stream(file.findMarkers(null, true, IResource.DEPTH_ZERO))
						.map(m -> m.getAttribute("message", "?")).toArray()));
	}
}
