package org.govreport.dsl.ui.contentassist;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.govreport.dsl.ide.editing.EditorCompletion;
import org.govreport.dsl.ui.DocumentLocations;
import org.govreport.dsl.ui.GovReportLanguage;

/** Adapts the language's completions to JFace proposals. */
public class GovReportCompletionProcessor implements IContentAssistProcessor {

	private String errorMessage;

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		try {
			List<EditorCompletion> completions = GovReportLanguage.awaitServices()
					.complete(DocumentLocations.uri(document), document.get(), offset);
			errorMessage = null;
			return completions.stream().map(GovReportCompletionProcessor::toProposal)
					.toArray(ICompletionProposal[]::new);
		} catch (RuntimeException e) {
			errorMessage = "govreport: " + e.getMessage();
			return new ICompletionProposal[0];
		}
	}

	private static ICompletionProposal toProposal(EditorCompletion completion) {
		return new CompletionProposal(completion.text(), completion.replaceOffset(), completion.replaceLength(),
				completion.text().length(), null, completion.label(), null, completion.description());
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return new IContextInformation[0];
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		// The language server's trigger characters too: a cell after its separator, a field's value after its colon.
		return new char[] { '|', '｜', '：', ' ' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return errorMessage;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
