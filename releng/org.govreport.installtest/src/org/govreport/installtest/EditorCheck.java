package org.govreport.installtest;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.osgi.framework.Bundle;

/**
 * Opens a copy of an example report in the editor Eclipse picks for it, types a 1 where the first applicant
 * count (line 30, column 20 of 江城镇-2020) is 0, saves, and waits for the balancing error (R1) marker on
 * that cell. It knows the govreport plugin only by ids, as a user's Eclipse does.
 */
final class EditorCheck {
	private static final String PLUGIN = "org.govreport.dsl.ui";
	private static final String CONTENT_TYPE = "org.govreport.dsl.ui.report";
	private static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";
	private static final String MARKER = "org.govreport.dsl.ui.problem";
	private static final int LINE = 30;
	private static final int COLUMN = 20;
	private static final long TIMEOUT_MILLIS = 90_000;

	private final Path report;

	EditorCheck(Path report) {
		this.report = report;
	}

	String run() throws Exception {
		Bundle plugin = Platform.getBundle(PLUGIN);
		check(plugin != null, PLUGIN + " is not installed");
		IContentType type = Platform.getContentTypeManager().getContentType(CONTENT_TYPE);
		check(type != null, "content type " + CONTENT_TYPE + " is not registered (bundle state " + plugin.getState() + ")");
		IFile file = copyIntoWorkspace();
		int offset = onUiThread(() -> openAndBreakBalance(file));
		IMarker marker = waitForErrorAt(file, offset);
		return "R1 marker at line " + marker.getAttribute(IMarker.LINE_NUMBER, -1) + ": "
				+ marker.getAttribute(IMarker.MESSAGE, "") + " (" + PLUGIN + " " + plugin.getVersion() + ")";
	}

	private IFile copyIntoWorkspace() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("reports");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile(report.getFileName().toString());
		file.create(new ByteArrayInputStream(Files.readAllBytes(report)), IResource.FORCE, null);
		file.setCharset("UTF-8", null);
		return file;
	}

	private int openAndBreakBalance(IFile file) throws PartInitException, BadLocationException {
		IEditorPart editor = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
		String id = editor.getSite().getId();
		ITextEditor textEditor = editor.getAdapter(ITextEditor.class);
		check(GENERIC_EDITOR.equals(id) && textEditor != null, "the report opened in " + id + " (" + editor.getClass().getName() + ")");
		IDocument document = textEditor.getDocumentProvider().getDocument(editor.getEditorInput());
		int offset = document.getLineOffset(LINE - 1) + COLUMN - 1;
		check("0".equals(document.get(offset, 1)), "line " + LINE + " column " + COLUMN + " is not the 0 expected");
		document.replace(offset, 1, "1");
		textEditor.doSave(null);
		return offset;
	}

	private static IMarker waitForErrorAt(IFile file, int offset) throws CoreException, InterruptedException {
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		IMarker[] markers = {};
		while (System.currentTimeMillis() < deadline) {
			markers = file.findMarkers(MARKER, true, IResource.DEPTH_ZERO);
			for (IMarker marker : markers) {
				if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR
						&& marker.getAttribute(IMarker.CHAR_START, -1) == offset
						&& marker.getAttribute(IMarker.MESSAGE, "").contains("应为 0")) {
					return marker;
				}
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no error marker at offset " + offset + " after " + TIMEOUT_MILLIS + " ms; markers: "
				+ Arrays.toString(Arrays.stream(markers).map(m -> m.getAttribute(IMarker.MESSAGE, "?")).toArray()));
	}

	private interface UiWork<T> {
		T run() throws Exception;
	}

	private static <T> T onUiThread(UiWork<T> work) throws Exception {
		AtomicReference<T> value = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Display.getDefault().syncExec(() -> {
			try {
				value.set(work.run());
			} catch (Exception | AssertionError e) {
				failure.set(e);
			}
		});
		if (failure.get() instanceof AssertionError error) {
			throw error;
		}
		if (failure.get() instanceof Exception exception) {
			throw exception;
		}
		return value.get();
	}

	private static void check(boolean condition, String failure) {
		if (!condition) {
			throw new AssertionError(failure);
		}
	}
}
