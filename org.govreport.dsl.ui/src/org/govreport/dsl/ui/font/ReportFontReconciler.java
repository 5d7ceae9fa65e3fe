package org.govreport.dsl.ui.font;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;

/**
 * Gives a report editor {@link ReportFont}. The Generic Editor has no per-language font, and it sets the
 * workbench text font after its contributions are installed and again whenever that preference changes, so
 * the font is set just after either. A reconciler is the contribution the Generic Editor hands its viewer to;
 * this one reconciles nothing.
 */
public class ReportFontReconciler implements IReconciler {
	private StyledText text;
	private final IPropertyChangeListener textFontChange = event -> {
		if (JFaceResources.TEXT_FONT.equals(event.getProperty())) {
			applyLater();
		}
	};

	@Override
	public void install(ITextViewer viewer) {
		text = viewer.getTextWidget();
		JFaceResources.getFontRegistry().addListener(textFontChange);
		text.addDisposeListener(event -> JFaceResources.getFontRegistry().removeListener(textFontChange));
		applyLater();
	}

	private void applyLater() {
		StyledText widget = text;
		widget.getDisplay().asyncExec(() -> {
			Font font = widget.isDisposed() ? null : ReportFont.get(widget.getDisplay());
			if (font != null && !font.equals(widget.getFont())) {
				widget.setFont(font);
			}
		});
	}

	@Override
	public void uninstall() {
		JFaceResources.getFontRegistry().removeListener(textFontChange);
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}
}
