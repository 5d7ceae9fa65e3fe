package org.govreport.dsl.ui.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.govreport.dsl.ide.editing.EditorProblem;
import org.govreport.dsl.ui.DocumentLocations;
import org.govreport.dsl.ui.GovReportLanguage;

/** Re-validates the whole document after each pause in typing and on opening. */
class ValidationStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final ProblemAnnotations annotations = new ProblemAnnotations();
	private IDocument document;
	private ISourceViewer viewer;
	private boolean coloured;

	void setViewer(ITextViewer viewer) {
		this.viewer = viewer instanceof ISourceViewer sourceViewer ? sourceViewer : null;
	}

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
		List<EditorProblem> problems = GovReportLanguage.awaitServices().validate(DocumentLocations.uri(current),
				current.get());
		Optional<IFile> file = DocumentLocations.workspaceFile(current);
		if (!coloured && viewer != null) {
			coloured = true;
			// The first colouring may have run before the language had started.
			var widget = viewer.getTextWidget();
			if (widget != null && !widget.isDisposed()) {
				widget.getDisplay().asyncExec(() -> {
					if (!widget.isDisposed()) {
						viewer.invalidateTextPresentation();
					}
				});
			}
		}
		if (file.isPresent()) {
			ProblemMarkers.replace(file.get(), problems);
			ReportNatures.ensureOn(file.get().getProject());
		} else if (viewer != null && viewer.getAnnotationModel() != null) {
			annotations.replace(viewer.getAnnotationModel(), problems);
		}
	}
}
