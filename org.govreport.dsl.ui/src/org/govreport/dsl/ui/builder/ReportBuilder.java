package org.govreport.dsl.ui.builder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.govreport.dsl.ide.editing.EditorProblem;
import org.govreport.dsl.ui.GovReportLanguage;
import org.govreport.dsl.ui.validation.ProblemMarkers;

/**
 * On every save that touches a report (or the project's settings), checks every report of the project
 * again, because this year's report is checked against last year's, and writes the documents of each
 * report without errors into the output folder. A report with errors keeps its old documents and stops
 * nobody else's.
 */
public class ReportBuilder extends IncrementalProjectBuilder {
	public static final String ID = "org.govreport.dsl.ui.builder";
	private static final String EXTENSION = "govreport";
	private static final String SETTINGS_FOLDER = ".settings";
	/** A marker's code when a clean report's documents could not be written (an unknown format, a full disk). */
	public static final String DOCUMENTS_NOT_WRITTEN = "govreport.documents";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		if (delta != null && !touchesReports(delta)) {
			return null;
		}
		var services = GovReportLanguage.awaitServices();
		var output = new DocumentOutput(getProject());
		for (IFile file : reports()) {
			if (monitor != null && monitor.isCanceled()) {
				break;
			}
			var openDirty = dirtyEditorText(file);
			String text = openDirty.orElse(read(file));
			var uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
			List<EditorProblem> problems = new ArrayList<>(services.validate(uri, text));
			// Documents are of what is saved: an unsaved editor's file keeps its documents until it is saved.
			if (openDirty.isEmpty() && problems.stream().noneMatch(problem -> problem.severity() == EditorProblem.Severity.ERROR)) {
				output.write(file, text).ifPresent(failure -> problems.add(new EditorProblem(EditorProblem.Severity.ERROR,
						failure, DOCUMENTS_NOT_WRITTEN, 0, 0, 1, 1, List.of())));
			}
			ProblemMarkers.replaceNow(file, problems);
		}
		output.refresh();
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		for (IFile file : reports()) {
			file.deleteMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO);
		}
	}

	private List<IFile> reports() throws CoreException {
		var files = new ArrayList<IFile>();
		getProject().accept(resource -> {
			if (resource instanceof IFile file && EXTENSION.equals(file.getFileExtension())) {
				files.add(file);
			}
			return !resource.isDerived();
		});
		return files;
	}

	private static boolean touchesReports(IResourceDelta delta) throws CoreException {
		boolean[] found = { false };
		delta.accept(child -> {
			var resource = child.getResource();
			if (resource instanceof IFile file && (EXTENSION.equals(file.getFileExtension())
					|| file.getParent().getName().equals(SETTINGS_FOLDER))) {
				found[0] = true;
			}
			return !found[0];
		});
		return found[0];
	}

	/**
	 * The text of an editor with unsaved changes, which its markers must describe (the editor checks it as
	 * one types; the builder must not put back the problems of the saved text).
	 */
	private static Optional<String> dirtyEditorText(IFile file) {
		var buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		return buffer != null && buffer.isDirty() ? Optional.of(buffer.getDocument().get()) : Optional.empty();
	}

	private static String read(IFile file) throws CoreException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), Charset.forName(file.getCharset()));
		} catch (IOException e) {
			throw new CoreException(Status.error("govreport: cannot read " + file.getFullPath(), e));
		}
	}
}
