package org.govreport.dsl.ide.codeactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.ide.document.ReportDocument;

/** The language server's quick fixes and assists, from {@link ReportQuickFixes}. */
public class GovReportCodeActionService implements ICodeActionService2 {
	private final ReportQuickFixes quickFixes = new ReportQuickFixes();

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		if (options.getResource() == null) {
			// Xtext's language server (2.42) passes the URI only; the document is read under its lock.
			return options.getLanguageServerAccess().doSyncRead(options.getURI(),
					context -> getCodeActions(options, context.getDocument(), (XtextResource) context.getResource()));
		}
		return getCodeActions(options, options.getDocument(), (XtextResource) options.getResource());
	}

	private List<Either<Command, CodeAction>> getCodeActions(Options options, Document document, XtextResource resource) {
		var report = ReportDocument.of(resource);
		var params = options.getCodeActionParams();
		var actions = new ArrayList<Either<Command, CodeAction>>();
		for (Diagnostic diagnostic : params.getContext().getDiagnostics()) {
			int offset = document.getOffSet(diagnostic.getRange().getStart());
			int end = document.getOffSet(diagnostic.getRange().getEnd());
			var code = diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
			var problem = ProblemAt.of(code, offset, end - offset, IssueData.strings(diagnostic.getData()));
			for (QuickFix fix : quickFixes.fixes(report, problem)) {
				actions.add(Either.forRight(action(fix, CodeActionKind.QuickFix, options.getURI(), document, diagnostic)));
			}
		}
		for (QuickFix assist : quickFixes.assists(report, document.getOffSet(params.getRange().getStart()))) {
			actions.add(Either.forRight(action(assist, CodeActionKind.Refactor, options.getURI(), document, null)));
		}
		return actions;
	}

	private static CodeAction action(QuickFix fix, String kind, String uri, Document document, Diagnostic diagnostic) {
		var action = new CodeAction(fix.title());
		action.setKind(kind);
		if (diagnostic != null) {
			action.setDiagnostics(List.of(diagnostic));
		}
		var edits = fix.changes().stream().map(change -> new TextEdit(new Range(document.getPosition(change.offset()),
				document.getPosition(change.offset() + change.length())), change.text())).toList();
		action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
		return action;
	}
}
