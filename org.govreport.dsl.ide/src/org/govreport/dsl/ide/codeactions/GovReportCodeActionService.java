package org.govreport.dsl.ide.codeactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
	/** The first string of the issue data as it comes back over JSON (["12"]) or in process. */
	private static final Pattern FIRST_VALUE = Pattern.compile("^\\[?\"?([^\",\\]]*)");

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
			var message = diagnostic.getMessage() == null ? null
					: diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft() : diagnostic.getMessage().getRight().getValue();
			var problem = new ProblemAt(code, message, offset, end - offset, firstValue(diagnostic.getData()));
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

	private static String firstValue(Object data) {
		if (data == null) {
			return null;
		}
		if (data instanceof String[] values) {
			return values.length == 0 ? null : values[0];
		}
		var matcher = FIRST_VALUE.matcher(data.toString());
		return matcher.find() && !matcher.group(1).isEmpty() ? matcher.group(1) : null;
	}
}
