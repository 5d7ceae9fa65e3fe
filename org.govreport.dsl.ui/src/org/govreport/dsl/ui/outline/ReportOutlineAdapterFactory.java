package org.govreport.dsl.ui.outline;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The Generic Editor has no outline of its own; the Outline view asks the editor for an
 * {@link IContentOutlinePage} adapter, which this factory supplies for text editors showing a report.
 */
public class ReportOutlineAdapterFactory implements IAdapterFactory {
	private static final String EXTENSION = ".govreport";

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor && isReport(editor.getEditorInput())) {
			return adapterType.cast(new ReportOutlinePage(editor));
		}
		return null;
	}

	private static boolean isReport(IEditorInput input) {
		return input != null && input.getName() != null && input.getName().endsWith(EXTENSION);
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
