package org.govreport.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.IDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.govreport.dsl.ide.GovReportIdeSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * The same features through the Xtext services the language server calls, so that an LSP client gets
 * what the Eclipse editor shows.
 */
class LanguageServerServicesTest {
	private static final String URI_TEXT = "file:///reports/江城镇-2021.govreport";
	private static final String TEXT = """
			机关：江城镇
			年度：2021
			四、政府信息公开行政复议、行政诉讼情况
			| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
			行政复议 | 5 | 7 | 0 | 1 | 12
			""";
	private static Injector injector;

	@BeforeAll
	static void createInjector() {
		injector = new GovReportIdeSetup().createInjectorAndDoEMFRegistration();
	}

	private static XtextResource resource() throws IOException {
		var resource = (XtextResource) injector.getInstance(XtextResourceSet.class).createResource(URI.createURI(URI_TEXT));
		resource.load(new LazyStringInputStream(TEXT, "UTF-8"), null);
		return resource;
	}

	private static final Document DOCUMENT = new Document(1, TEXT);

	@Test
	void hoverIsMarkdownWithTheWorkedSum() throws IOException {
		var params = new HoverParams(new TextDocumentIdentifier(URI_TEXT), DOCUMENT.getPosition(TEXT.indexOf("| 12") + 3));
		var hover = injector.getInstance(IHoverService.class).hover(DOCUMENT, resource(), params, CancelIndicator.NullImpl);
		assertEquals("""
				**行政复议 总计**：12

				R4：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结\s\s
				`5 + 7 + 0 + 1 = 13`  ✗ 填写的是 12""", hover.getContents().getRight().getValue());
	}

	@Test
	void theWrongTotalsCodeActionSetsTheComputedValue() throws IOException {
		int offset = TEXT.indexOf("12");
		var range = new Range(DOCUMENT.getPosition(offset), DOCUMENT.getPosition(offset + 2));
		var diagnostic = new Diagnostic(range, "行政复议 总计 应为 13");
		diagnostic.setCode("govreport.balance.R4");
		diagnostic.setData(List.of("13"));
		var options = new ICodeActionService2.Options();
		options.setDocument(DOCUMENT);
		options.setResource(resource());
		options.setURI(URI_TEXT);
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(URI_TEXT), range,
				new CodeActionContext(List.of(diagnostic))));
		var actions = injector.getInstance(ICodeActionService2.class).getCodeActions(options);
		assertEquals("""
				改为计算值 13: 4:23-4:25 → 13
				补齐“政府信息公开行政复议、行政诉讼情况”缺少的 2 行: 4:25-4:25 → \n未经复议直接起诉 | 0 | 0 | 0 | 0\n复议后起诉 | 0 | 0 | 0 | 0""", actions.stream().map(action -> action.getRight())
				.map(action -> action.getTitle() + ": " + action.getEdit().getChanges().get(URI_TEXT).stream()
						.map(edit -> edit.getRange().getStart().getLine() + ":" + edit.getRange().getStart().getCharacter() + "-"
								+ edit.getRange().getEnd().getLine() + ":" + edit.getRange().getEnd().getCharacter() + " → "
								+ edit.getNewText())
						.collect(Collectors.joining(", ")))
				.collect(Collectors.joining("\n")));
	}

	@Test
	void documentSymbolsAreTheOutline() throws IOException {
		var symbols = injector.getInstance(IDocumentSymbolService.class).getSymbols(DOCUMENT, resource(),
				new DocumentSymbolParams(new TextDocumentIdentifier(URI_TEXT)), CancelIndicator.NullImpl);
		assertEquals("""
				报告信息 (Property)
				四、政府信息公开行政复议、行政诉讼情况 (Namespace)
				  政府信息公开行政复议、行政诉讼情况 (Array)""", render(symbols, ""));
	}

	private static String render(List<DocumentSymbol> symbols, String indent) {
		return symbols.stream().map(symbol -> indent + symbol.getName() + " (" + symbol.getKind() + ")"
				+ (symbol.getChildren() == null || symbol.getChildren().isEmpty() ? "" : "\n" + render(symbol.getChildren(), indent + "  ")))
				.collect(Collectors.joining("\n"));
	}

	@Test
	void formattingIsOneEditToTheCanonicalLayout() throws IOException {
		var edits = injector.getInstance(FormattingService.class).format(DOCUMENT, resource(),
				new DocumentFormattingParams(new TextDocumentIdentifier(URI_TEXT), new FormattingOptions(4, true)),
				CancelIndicator.NullImpl);
		assertEquals("""
				机关：江城镇
				年度：2021
				四、政府信息公开行政复议、行政诉讼情况
				         | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
				行政复议 |        5 |        7 |        0 |        1 |   12
				""", edits.get(0).getNewText());
		assertEquals(1, edits.size());
	}
}
