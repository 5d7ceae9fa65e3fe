package org.govreport.dsl.ide.contentassist;

import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/** Completion for .govreport files: keywords, and nothing invented for free text. */
public class GovReportProposalProvider extends IdeContentProposalProvider {

	/**
	 * Xtext would propose an assignment's feature name (e.g. "text") for free-text terminals; a report
	 * writer has no use for that.
	 */
	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
	}
}
