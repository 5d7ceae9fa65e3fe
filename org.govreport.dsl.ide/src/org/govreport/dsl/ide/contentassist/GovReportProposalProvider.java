package org.govreport.dsl.ide.contentassist;

import java.util.Collection;

import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.govreport.dsl.ide.document.ReportDocument;

/**
 * Completion for .govreport files: the header keywords where the header is, and what the template
 * offers at the cursor ({@link TemplateProposals}) everywhere else.
 */
public class GovReportProposalProvider extends IdeContentProposalProvider {
	private final TemplateProposals templateProposals = new TemplateProposals();

	@Override
	public void createProposals(Collection<ContentAssistContext> contexts, IIdeContentProposalAcceptor acceptor) {
		super.createProposals(contexts, acceptor);
		var context = contexts.stream().findFirst();
		if (context.isEmpty() || context.get().getResource() == null) {
			return;
		}
		var document = ReportDocument.of(context.get().getResource());
		for (Proposal proposal : templateProposals.at(document, context.get().getOffset())) {
			var entry = new ContentAssistEntry();
			entry.setProposal(proposal.text());
			entry.setPrefix(proposal.prefix());
			entry.setLabel(proposal.label());
			entry.setDescription(proposal.description());
			entry.setKind(proposal.text().contains("\n") ? ContentAssistEntry.KIND_SNIPPET : ContentAssistEntry.KIND_VALUE);
			// Above Xtext's keyword proposals: the template's rows are what a writer is looking for.
			acceptor.accept(entry, proposal.priority());
		}
	}

	/** The header keys belong before the first section; in the body they would only be noise. */
	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		return super.filterKeyword(keyword, context)
				&& ReportDocument.of(context.getResource()).sectionAt(context.getOffset()).isEmpty();
	}

	/**
	 * Xtext would propose an assignment's feature name (e.g. "text") for free-text terminals; a report
	 * writer has no use for that.
	 */
	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
	}
}
