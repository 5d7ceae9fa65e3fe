package org.govreport.dsl.ui.presentation;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.govreport.dsl.ide.editing.EditorLanguageServices;
import org.govreport.dsl.ide.highlighting.HighlightedSpan;
import org.govreport.dsl.ui.DocumentLocations;
import org.govreport.dsl.ui.GovReportLanguage;

/**
 * Colours a report from the language's highlighting. A changed figure can turn a total elsewhere wrong,
 * so every change repaints the whole document; until the language has started there is no colour, and
 * the validation repaints once it has.
 */
public class GovReportPresentationReconciler extends PresentationReconciler {

	public GovReportPresentationReconciler() {
		var colouring = new WholeDocumentColouring();
		setDamager(colouring, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(colouring, IDocument.DEFAULT_CONTENT_TYPE);
	}

	private static final class WholeDocumentColouring implements IPresentationDamager, IPresentationRepairer {
		private IDocument document;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
			return new Region(0, event.getDocument().getLength());
		}

		@Override
		public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
			EditorLanguageServices services = GovReportLanguage.services().getNow(null);
			if (services == null || document == null) {
				return;
			}
			int length = document.getLength();
			for (HighlightedSpan span : services.highlighting(DocumentLocations.uri(document), document.get())) {
				if (span.offset() + span.length() <= length) {
					presentation.replaceStyleRange(HighlightColours.styleRange(span.offset(), span.length(), span.style()));
				}
			}
		}
	}
}
