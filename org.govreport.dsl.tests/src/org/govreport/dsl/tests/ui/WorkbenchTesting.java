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
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.graphics.Rectangle;
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

	/** Maximises the window as a window manager would, or, under a bare Xvfb without one, makes it fill the screen. */
	static void maximise(Shell window) {
		Rectangle screen = window.getDisplay().getPrimaryMonitor().getClientArea();
		window.setMaximized(true);
		long asked = System.currentTimeMillis();
		waitFor(window::getBounds, bounds -> filled(bounds, screen) || System.currentTimeMillis() > asked + 2000,
				"the window manager to maximise the window");
		if (!filled(window.getBounds(), screen)) {
			window.setMaximized(false);
			window.setBounds(screen);
		}
		waitFor(window::getBounds, bounds -> filled(bounds, screen), "the window to fill the screen");
	}

	private static boolean filled(Rectangle window, Rectangle screen) {
		return window.width >= screen.width && window.height >= screen.height;
	}

	/** An incremental build of the workspace, in the background, as saving a file starts one. */
	static void build() {
		new WorkspaceJob("build") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, monitor);
				return Status.OK_STATUS;
			}
		}.schedule();
	}

	/** Runs the UI until the probe's value is done, or fails after a while saying what it last saw. */
	static <T> T waitFor(Supplier<T> probe, Predicate<T> done, String what) {
		return waitFor(probe, done, what, TIMEOUT_MILLIS);
	}

	static <T> T waitFor(Supplier<T> probe, Predicate<T> done, String what, long timeoutMillis) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + timeoutMillis;
		T value = probe.get();
		while (!done.test(value)) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Waited " + timeoutMillis + " ms for " + what + "; last seen: "
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
