package org.govreport.dsl.ide.contentassist;

import java.util.ArrayList;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * The language server's completion: {@link ReportCompletion}'s proposals as LSP items whose text edit
 * spans what a proposal replaces (a whole cell, not only what was typed before the cursor). Xtext's own
 * service would re-parse the text for grammar contexts the report's completion never reads.
 */
public class GovReportContentAssistService extends ContentAssistService {

	@Inject
	private ReportCompletion completion;

	@Override
	public CompletionList createCompletionList(Document document, XtextResource resource, CompletionParams params,
			CancelIndicator cancelIndicator) {
		int caret = document.getOffSet(params.getPosition());
		var items = new ArrayList<CompletionItem>();
		for (Proposal proposal : completion.at(resource, caret)) {
			var item = new CompletionItem(proposal.label());
			item.setDetail(proposal.description());
			var range = new Range(document.getPosition(proposal.offset()), document.getPosition(proposal.end()));
			item.setTextEdit(Either.forLeft(new TextEdit(range, proposal.text())));
			item.setInsertTextFormat(InsertTextFormat.PlainText);
			item.setKind(proposal.text().contains("\n") ? CompletionItemKind.Snippet
					: proposal.text().endsWith("：") ? CompletionItemKind.Property : CompletionItemKind.Value);
			// Clients filter by the text from the edit's start to the cursor; the server has already matched
			// it (a Chinese label anywhere in the row's name), so the typed text leads the filter text.
			item.setFilterText(document.getContents().substring(Math.min(proposal.offset(), caret), caret) + proposal.label());
			item.setSortText(String.format("%05d", items.size()));
			items.add(item);
		}
		// Incomplete: what fits changes with every character typed in a cell, so the client asks again.
		return new CompletionList(true, items);
	}
}
