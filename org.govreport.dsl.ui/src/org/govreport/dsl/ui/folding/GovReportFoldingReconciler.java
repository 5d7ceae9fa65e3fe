package org.govreport.dsl.ui.folding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.Reconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.govreport.dsl.ide.folding.FoldRegion;
import org.govreport.dsl.ui.DocumentLocations;
import org.govreport.dsl.ui.GovReportLanguage;

/** Folds sections and multi-line prose blocks, as the language's folding says, after each pause in typing. */
public class GovReportFoldingReconciler extends Reconciler {
	private static final int PAUSE_BEFORE_FOLDING_MILLIS = 500;

	private final FoldingStrategy strategy = new FoldingStrategy();

	public GovReportFoldingReconciler() {
		setReconcilingStrategy(strategy, IDocument.DEFAULT_CONTENT_TYPE);
		setIsIncrementalReconciler(false);
		setDelay(PAUSE_BEFORE_FOLDING_MILLIS);
	}

	@Override
	public void install(ITextViewer textViewer) {
		strategy.viewer = textViewer instanceof ProjectionViewer projection ? projection : null;
		super.install(textViewer);
	}

	private static final class FoldingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
		private ProjectionViewer viewer;
		private IDocument document;
		private Annotation[] shown = new Annotation[0];

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void initialReconcile() {
			fold();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			fold();
		}

		@Override
		public void reconcile(IRegion partition) {
			fold();
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
		}

		private void fold() {
			var current = document;
			var projection = viewer;
			if (current == null || projection == null) {
				return;
			}
			List<FoldRegion> regions = GovReportLanguage.awaitServices().folding(DocumentLocations.uri(current), current.get());
			var control = projection.getTextWidget();
			if (control == null || control.isDisposed()) {
				return;
			}
			control.getDisplay().asyncExec(() -> replace(projection, regions));
		}

		/** Folds that did not move stay as they are, so that what the user folded stays folded. */
		private void replace(ProjectionViewer projection, List<FoldRegion> regions) {
			var model = projection.getProjectionAnnotationModel();
			if (model == null) {
				return;
			}
			var document = projection.getDocument();
			if (document == null) {
				return;
			}
			var wanted = regions.stream().map(region -> WholeLines.of(document, region)).toList();
			Map<Position, Annotation> kept = new HashMap<>();
			List<Annotation> removed = new ArrayList<>();
			for (Annotation annotation : shown) {
				var position = model.getPosition(annotation);
				if (position != null && !kept.containsKey(position) && wanted.contains(position)) {
					kept.put(position, annotation);
				} else {
					removed.add(annotation);
				}
			}
			Map<Annotation, Position> added = new HashMap<>();
			for (Position position : wanted) {
				if (!kept.containsKey(position)) {
					added.put(new ProjectionAnnotation(), position);
				}
			}
			model.modifyAnnotations(removed.toArray(new Annotation[0]), added, null);
			var now = new ArrayList<Annotation>(kept.values());
			now.addAll(added.keySet());
			shown = now.toArray(new Annotation[0]);
		}
	}
}
