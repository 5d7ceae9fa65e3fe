package org.govreport.dsl.ide.highlighting;

import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/** Xtext's semantic highlighting (used by the language server), from {@link ReportHighlighting}. */
public class GovReportHighlightingCalculator implements ISemanticHighlightingCalculator {
	private final ReportHighlighting highlighting = new ReportHighlighting();

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource == null) {
			return;
		}
		highlighting.of(resource).forEach(span -> acceptor.addPosition(span.offset(), span.length(), span.style().id()));
	}
}
