package org.govreport.dsl.ui.problems;

import java.util.Objects;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.views.markers.MarkerItem;
import org.govreport.dsl.ui.validation.ProblemMarkers;

/**
 * Our problems' messages in full, wrapped, as the tooltip of their row in the Problems view. The Platform's
 * markers views (4.37) give rows no tooltip and clip the Description column, and our messages (the rule, the
 * figures, what to do) are longer than the column is wide. Other plug-ins' rows are left as they are.
 */
public final class ProblemTooltips implements Listener {
	private static final String INSTALLED = ProblemTooltips.class.getName();

	private final Tree tree;

	private ProblemTooltips(Tree tree) {
		this.tree = tree;
	}

	/** Shows the tooltips in this markers view, once. */
	public static void install(IViewPart view) {
		if (view.getSite().getSelectionProvider() instanceof Viewer viewer && viewer.getControl() instanceof Tree tree
				&& tree.getData(INSTALLED) == null) {
			tree.setData(INSTALLED, Boolean.TRUE);
			var tooltips = new ProblemTooltips(tree);
			tree.addListener(SWT.MouseHover, tooltips);
			tree.addListener(SWT.MouseMove, tooltips);
			tree.addListener(SWT.MouseExit, tooltips);
		}
	}

	@Override
	public void handleEvent(Event event) {
		String tooltip = event.type == SWT.MouseExit ? null : tooltipAt(new Point(event.x, event.y));
		if (!Objects.equals(tooltip, tree.getToolTipText())) {
			tree.setToolTipText(tooltip);
		}
	}

	private String tooltipAt(Point point) {
		TreeItem item = tree.getItem(point);
		if (item == null || !(item.getData() instanceof MarkerItem row) || row.getMarker() == null) {
			return null;
		}
		IMarker marker = row.getMarker();
		if (!ProblemMarkers.TYPE.equals(typeOf(marker))) {
			return null;
		}
		return WrappedText.wrap(marker.getAttribute(IMarker.MESSAGE, ""));
	}

	private static String typeOf(IMarker marker) {
		try {
			return marker.getType();
		} catch (org.eclipse.core.runtime.CoreException e) {
			return null; // the marker is gone: no tooltip
		}
	}
}
