package org.govreport.dsl.tests.ui;

import static org.govreport.dsl.tests.ui.WorkbenchTesting.waitFor;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IInformationControlExtension2;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.eclipse.ui.texteditor.ITextEditor;

/** The editor's hover shown as the Generic Editor shows it, and the screen saved for a person to look at. */
final class HoverOnScreen {
	private HoverOnScreen() {
	}

	/**
	 * Shows the hover as the editor's hover manager does: the Generic Editor's hover for the place, its
	 * information in the control that hover names, held to the text viewer's 100 × 12 character constraints.
	 */
	static StyledText hoverAt(ITextEditor editor, StyledText editorText, int offset) throws ReflectiveOperationException {
		var viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		Method configuration = AbstractTextEditor.class.getDeclaredMethod("getSourceViewerConfiguration");
		configuration.setAccessible(true);
		var hover = ((SourceViewerConfiguration) configuration.invoke(editor)).getTextHover(viewer, IDocument.DEFAULT_CONTENT_TYPE);
		var region = waitFor(() -> hover.getHoverRegion(viewer, offset), found -> found != null, "the hover region");
		Object info = waitFor(() -> ((ITextHoverExtension2) hover).getHoverInfo2(viewer, region), found -> found != null,
				"the hover information");
		IInformationControlCreator creator = hover instanceof ITextHoverExtension extension ? extension.getHoverControlCreator() : null;
		assertNotNull(creator, "no control named: the editor would fall back to its plain-text control");
		var control = creator.createInformationControl(editorText.getShell());
		// Constraints first: the control lays the text out to them when it is given it.
		var gc = new GC(editorText);
		int charWidth = (int) gc.getFontMetrics().getAverageCharacterWidth();
		gc.dispose();
		int maxWidth = 100 * charWidth;
		int maxHeight = 12 * editorText.getLineHeight();
		control.setSizeConstraints(maxWidth, maxHeight);
		if (control instanceof IInformationControlExtension2 input) {
			input.setInput(info);
		} else {
			control.setInformation(info.toString());
		}
		// the constraints are the hover's largest size (the text viewer enforces them as maximal size)
		var size = control.computeSizeHint();
		int width = Math.min(size.x, maxWidth);
		int height = Math.min(size.y, maxHeight);
		control.setSize(width, height);
		// below the place, moved left where it would leave the screen, as the hover manager places it
		var at = editorText.toDisplay(editorText.getLocationAtOffset(offset));
		var screen = editorText.getMonitor().getClientArea();
		control.setLocation(new Point(Math.max(screen.x, Math.min(at.x, screen.x + screen.width - width)),
				at.y + editorText.getLineHeight()));
		control.setVisible(true);
		return waitFor(() -> hoverTexts(editorText.getDisplay(), editorText).stream().findFirst().orElse(null),
				found -> found != null && !found.getText().isBlank(), "the hover on screen");
	}

	private static List<StyledText> hoverTexts(Display display, StyledText editorText) {
		var found = new ArrayList<StyledText>();
		for (Shell shell : display.getShells()) {
			collect(shell, editorText, found);
		}
		return found;
	}

	private static void collect(Composite parent, StyledText editorText, List<StyledText> found) {
		for (Control child : parent.getChildren()) {
			if (child instanceof StyledText text && text != editorText && child.isVisible() && child.getShell().isVisible()
					&& child.getShell() != editorText.getShell()) {
				found.add(text);
			} else if (child instanceof Composite composite) {
				collect(composite, editorText, found);
			}
		}
		for (Shell shell : parent instanceof Shell owner ? owner.getShells() : new Shell[0]) {
			collect(shell, editorText, found);
		}
	}

	/** What the screen looked like, for a person to check the hover by eye (under the test bundle's target). */
	static void saveScreen(Display display, String name) {
		long paintedBy = System.currentTimeMillis() + 500;
		waitFor(System::currentTimeMillis, now -> now > paintedBy, "the hover to be painted");
		var bounds = display.getBounds();
		var image = new Image(display, bounds.width, bounds.height);
		var gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
			var loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(name, SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
