package org.govreport.dsl.ui.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.govreport.dsl.ide.editing.EditorProblem;

/** Shows the language's problems as problem markers, so they appear in the editor and the Problems view. */
public final class ProblemMarkers {

	public static final String TYPE = "org.govreport.dsl.ui.problem";
	public static final String CODE = "code";
	public static final String DATA = "data";

	private ProblemMarkers() {
	}

	/** Replaces this file's govreport markers; runs as a workspace job because markers need the file's lock. */
	public static void replace(IFile file, List<EditorProblem> problems) {
		WorkspaceJob job = new WorkspaceJob("govreport: update problems of " + file.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				replaceNow(file, problems);
				return Status.OK_STATUS;
			}
		};
		job.setRule(file);
		job.setSystem(true);
		job.schedule();
	}

	/** Replaces them at once; the caller holds the file's scheduling rule (a builder, a workspace job). */
	public static void replaceNow(IFile file, List<EditorProblem> problems) throws CoreException {
		if (!file.exists()) {
			return;
		}
		file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
		for (EditorProblem problem : problems) {
			file.createMarker(TYPE, attributes(problem));
		}
	}

	private static Map<String, Object> attributes(EditorProblem problem) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, problem.message());
		attributes.put(IMarker.SEVERITY, switch (problem.severity()) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		case INFO -> IMarker.SEVERITY_INFO;
		});
		attributes.put(IMarker.LINE_NUMBER, problem.line());
		attributes.put(IMarker.CHAR_START, problem.offset());
		attributes.put(IMarker.CHAR_END, problem.offset() + problem.length());
		if (problem.code() != null) {
			attributes.put(CODE, problem.code());
		}
		attributes.put(DATA, String.join("\n", problem.data()));
		return attributes;
	}
}
