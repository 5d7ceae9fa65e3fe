package org.govreport.dsl.tests.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.govreport.dsl.ui.validation.ProblemMarkers;

/** What the UI tests do in the workbench: make files, read markers and pop-ups, wait for the UI. */
final class WorkbenchTesting {
	private static final long TIMEOUT_MILLIS = 30_000;

	private WorkbenchTesting() {
	}

	static IFile createFile(IProject project, String name, String content) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), true, null);
		file.setCharset("UTF-8", null);
		return file;
	}

	static IMarker[] markersOf(IFile file) {
		try {
			return file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The error and warning markers, without information (last year's report not found in a test project). */
	static IMarker[] problemMarkersOf(IFile file) {
		return java.util.Arrays.stream(markersOf(file))
				.filter(marker -> marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR) != IMarker.SEVERITY_INFO).toArray(IMarker[]::new);
	}

	/** The texts in the completion pop-up, as they are drawn. */
	static List<String> proposalsOnScreen() {
		List<String> texts = new ArrayList<>();
		for (Shell shell : Display.getCurrent().getShells()) {
			Arrays.stream(shell.getChildren()).filter(Table.class::isInstance).map(Table.class::cast)
					.flatMap(table -> Arrays.stream(table.getItems())).map(TableItem::getText).forEach(texts::add);
		}
		return texts;
	}

	/** Runs the UI until the probe's value is done, or fails after a while saying what it last saw. */
	static <T> T waitFor(Supplier<T> probe, Predicate<T> done, String what) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		T value = probe.get();
		while (!done.test(value)) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Waited " + TIMEOUT_MILLIS + " ms for " + what + "; last seen: "
						+ (value instanceof Object[] array ? Arrays.toString(array) : value));
			}
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
				});
				display.sleep();
			}
			value = probe.get();
		}
		return value;
	}
}
