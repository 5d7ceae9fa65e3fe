package org.govreport.cli.lsp;

import static org.govreport.headless.ExampleReports.edit;
import static org.govreport.headless.ExampleReports.jiangcheng2020;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged language server, driven over stdio as an editor drives it. */
class LanguageServerIT {
	static final Path JAR = Path.of(System.getProperty("govreport.jar", "target/govreport.jar"));
	private static final String UNBALANCED = edit(jiangcheng2020(),
			"一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0", "一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 0");

	@TempDir
	Path workspace;

	@Test
	void diagnosticsArriveAfterOpenAndFollowEdits() throws Exception {
		Path report = Files.writeString(workspace.resolve("江城镇-2020.govreport"), UNBALANCED);
		try (LanguageServerSession session = LanguageServerSession.start(JAR, workspace)) {
			session.open(report, UNBALANCED);
			assertEquals("29:19-29:20 Error govreport.balance.R1 一 自然人 应为 0（= 第三项 0 + 四 0 − 二 0），实为 1",
					render(session.nextDiagnostics(report).getDiagnostics()));
			session.change(report, 2, jiangcheng2020());
			assertEquals("", render(session.nextDiagnostics(report).getDiagnostics()));
		}
	}

	@Test
	void completionProposesTheHeaderFields() throws Exception {
		String text = "机关：江城镇\n\n";
		Path report = Files.writeString(workspace.resolve("江城镇-2021.govreport"), text);
		try (LanguageServerSession session = LanguageServerSession.start(JAR, workspace)) {
			session.open(report, text);
			session.nextDiagnostics(report);
			CompletionParams params = new CompletionParams(new TextDocumentIdentifier(report.toUri().toString()),
					new Position(1, 0));
			Either<List<CompletionItem>, CompletionList> completion = session
					.await(session.server().getTextDocumentService().completion(params));
			List<CompletionItem> items = completion.isLeft() ? completion.getLeft() : completion.getRight().getItems();
			assertEquals("level organ previous template year 上年报告 层级 年度 机关 格式",
					items.stream().map(CompletionItem::getLabel).sorted().collect(Collectors.joining(" ")));
		}
	}

	@Test
	void shutdownAndExitEndTheProcess() throws Exception {
		LanguageServerSession session = LanguageServerSession.start(JAR, workspace);
		session.close();
		assertEquals(true, session.exited());
	}

	static String render(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(d -> d.getRange().getStart().getLine() + ":" + d.getRange().getStart().getCharacter()
				+ "-" + d.getRange().getEnd().getLine() + ":" + d.getRange().getEnd().getCharacter() + " " + d.getSeverity()
				+ " " + code(d) + " " + d.getMessage().getLeft()).collect(Collectors.joining("\n"));
	}

	private static String code(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? "" : diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft()
				: String.valueOf(diagnostic.getCode().getRight());
	}
}
