package org.govreport.cli.lsp;

import static org.govreport.cli.lsp.EditedReports.UNBALANCED;
import static org.govreport.headless.ExampleReports.jiangcheng2020;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.govreport.dsl.format.ReportFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged language server, driven over stdio as an editor drives it. */
class LanguageServerIT {
	static final Path JAR = Path.of(System.getProperty("govreport.jar", "target/govreport.jar"));
	/** Line and character of the 1 that breaks the balance (line 30 of the file, counted from 0). */
	private static final Position WRONG_CELL = new Position(29, 19);

	@TempDir
	Path workspace;

	@Test
	void anEditorSession() throws Exception {
		Path report = Files.writeString(workspace.resolve("江城镇-2020.govreport"), UNBALANCED);
		try (LanguageServerSession session = LanguageServerSession.start(JAR, workspace)) {
			TextDocumentService documents = session.server().getTextDocumentService();
			TextDocumentIdentifier document = new TextDocumentIdentifier(report.toUri().toString());
			session.open(report, UNBALANCED);

			List<Diagnostic> diagnostics = session.awaitDiagnostics(report, published -> !published.isEmpty());
			assertEquals("29:19-29:20 Error govreport.balance.R1 一 自然人 应为 0（各项均为 0），实为 1，多 1\n"
					+ "2:0-2:7 Information govreport.previous.notFound 未找到上年报告 江城镇-2019.govreport（同一文件夹中机关为“江城镇”、年度为 2019 的报告；"
					+ "在别处请用“上年报告：”指明），跨年度核对（R7–R9）未进行", render(diagnostics));

			List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = session.await(documents.codeAction(
					new CodeActionParams(document, diagnostics.get(0).getRange(), new CodeActionContext(diagnostics))));
			assertEquals("quickfix 改为计算值 0: 29:19-29:20 → 0\nsource 生成文档: govreport.build",
					actions.stream().map(LanguageServerIT::render).collect(Collectors.joining("\n")));

			Hover hover = session.await(documents.hover(new HoverParams(document, WRONG_CELL)));
			// Markdown: two spaces end a line inside a paragraph.
			assertEquals("**一 自然人**：1\n\n"
					+ "R1：第三项 = 一 + 二 − 四  \n`1 + 0 − 0 = 1`  ✗ 填写的是 0\n\n"
					+ "R3：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他  \n`1 + 0 + 0 + 0 + 0 + 0 = 1`  ✗ 填写的是 0",
					hover.getContents().getRight().getValue());

			List<Either<SymbolInformation, DocumentSymbol>> symbols = session
					.await(documents.documentSymbol(new DocumentSymbolParams(document)));
			assertEquals("报告信息 | 一、总体情况 | 二、主动公开政府信息情况 | 三、收到和处理政府信息公开申请情况 | 四、政府信息公开行政复议、行政诉讼情况"
					+ " | 五、存在的主要问题及改进情况 | 六、其他需要报告的事项",
					symbols.stream().map(symbol -> symbol.getRight().getName()).collect(Collectors.joining(" | ")));

			List<? extends TextEdit> formatting = session
					.await(documents.formatting(new DocumentFormattingParams(document, new FormattingOptions(2, true))));
			assertEquals(1, formatting.size());
			assertEquals("0:0-66:0", render(formatting.get(0).getRange()));
			assertEquals(new ReportFormatter().format(UNBALANCED), formatting.get(0).getNewText());
		}
	}

	@Test
	void completionOffersATotalItsComputedValue() throws Exception {
		String text = "年度：2021\n四、政府信息公开行政复议、行政诉讼情况\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n行政复议 | 5 | 7 | 0 | 1 | \n";
		Path report = Files.writeString(workspace.resolve("江城镇-2021.govreport"), text);
		try (LanguageServerSession session = LanguageServerSession.start(JAR, workspace)) {
			session.open(report, text);
			session.nextDiagnostics(report);
			CompletionParams params = new CompletionParams(new TextDocumentIdentifier(report.toUri().toString()),
					new Position(3, 22));
			Either<List<CompletionItem>, CompletionList> completion = session
					.await(session.server().getTextDocumentService().completion(params));
			List<CompletionItem> items = completion.isLeft() ? completion.getLeft() : completion.getRight().getItems();
			assertEquals("5 + 7 + 0 + 1 = 13 → 3:22-3:23  13\n0 → 3:22-3:23  0", items.stream().map(item -> item.getLabel() + " → "
					+ render(item.getTextEdit().getLeft().getRange()) + " " + item.getTextEdit().getLeft().getNewText())
					.collect(Collectors.joining("\n")));
		}
	}

	@Test
	void diagnosticsFollowEdits() throws Exception {
		Path report = Files.writeString(workspace.resolve("江城镇-2020.govreport"), UNBALANCED);
		try (LanguageServerSession session = LanguageServerSession.start(JAR, workspace)) {
			session.open(report, UNBALANCED);
			session.awaitDiagnostics(report, published -> LanguageServerSession.problems(published).size() == 1);
			session.change(report, 2, jiangcheng2020());
			assertEquals(List.of(), LanguageServerSession.problems(session.awaitDiagnostics(report, LanguageServerSession::noProblems)));
		}
	}

	@Test
	void shutdownAndExitEndTheProcess() throws Exception {
		LanguageServerSession session = LanguageServerSession.start(JAR, workspace);
		session.close();
		assertEquals(true, session.exited());
	}

	static String render(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(d -> render(d.getRange()) + " " + d.getSeverity() + " " + code(d) + " "
				+ d.getMessage().getLeft()).collect(Collectors.joining("\n"));
	}

	private static String render(Either<org.eclipse.lsp4j.Command, CodeAction> action) {
		if (action.isLeft()) {
			return "command " + action.getLeft().getTitle();
		}
		CodeAction codeAction = action.getRight();
		if (codeAction.getEdit() == null) {
			return codeAction.getKind() + " " + codeAction.getTitle() + ": " + codeAction.getCommand().getCommand();
		}
		return codeAction.getKind() + " " + codeAction.getTitle() + ": " + codeAction.getEdit().getChanges().values().stream()
				.flatMap(List::stream).map(edit -> render(edit.getRange()) + " → " + edit.getNewText())
				.collect(Collectors.joining(", "));
	}

	private static String render(Range range) {
		return range.getStart().getLine() + ":" + range.getStart().getCharacter() + "-" + range.getEnd().getLine() + ":"
				+ range.getEnd().getCharacter();
	}

	private static String code(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? "" : diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft()
				: String.valueOf(diagnostic.getCode().getRight());
	}
}
