package org.govreport.dsl.ui.validation;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.Reconciler;

/** The Generic Editor's hook for checking a .govreport document as one types. */
public class GovReportReconciler extends Reconciler {

	private static final int PAUSE_BEFORE_CHECK_MILLIS = 300;

	private final ValidationStrategy strategy = new ValidationStrategy();

	public GovReportReconciler() {
		setReconcilingStrategy(strategy, IDocument.DEFAULT_CONTENT_TYPE);
		setIsIncrementalReconciler(false);
		setDelay(PAUSE_BEFORE_CHECK_MILLIS);
	}

	@Override
	public void install(ITextViewer textViewer) {
		strategy.setViewer(textViewer);
		super.install(textViewer);
	}
}
