package org.govreport.dsl.ui.validation;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.govreport.dsl.ui.DocumentLocations;
import org.govreport.dsl.ui.GovReportLanguage;

/** Re-validates the whole document after each pause in typing and on opening. */
class ValidationStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private IDocument document;

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void initialReconcile() {
		// Without this the first check would wait for the first edit.
		validate();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		validate();
	}

	@Override
	public void reconcile(IRegion partition) {
		validate();
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
	}

	private void validate() {
		IDocument current = document;
		if (current == null) {
			return;
		}
		DocumentLocations.workspaceFile(current).ifPresent(file -> ProblemMarkers.replace(file,
				GovReportLanguage.awaitServices().validate(DocumentLocations.uri(current), current.get())));
	}
}
