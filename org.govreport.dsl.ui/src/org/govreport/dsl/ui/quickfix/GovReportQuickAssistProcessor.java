package org.govreport.dsl.ui.quickfix;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.govreport.dsl.ide.codeactions.QuickFix;
import org.govreport.dsl.ui.DocumentLocations;
import org.govreport.dsl.ui.GovReportLanguage;

/** Ctrl+1 assists that need no problem: a table's missing rows, blank cells → 0. */
public class GovReportQuickAssistProcessor implements IQuickAssistProcessor {

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return false;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return true;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		var services = GovReportLanguage.services().getNow(null);
		IDocument document = context.getSourceViewer() == null ? null : context.getSourceViewer().getDocument();
		if (services == null || document == null) {
			return new ICompletionProposal[0];
		}
		return services.assists(DocumentLocations.uri(document), document.get(), context.getOffset()).stream()
				.map(AssistProposal::new).toArray(ICompletionProposal[]::new);
	}

	private record AssistProposal(QuickFix fix) implements ICompletionProposal {
		@Override
		public void apply(IDocument document) {
			QuickFixApplier.apply(document, fix);
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public String getDisplayString() {
			return fix.title();
		}

		@Override
		public Image getImage() {
			return QuickFixIcon.get();
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
