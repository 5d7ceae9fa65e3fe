package org.govreport.dsl.ide;

import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.IDocumentSymbolService;
import org.govreport.dsl.ide.codeactions.GovReportCodeActionService;
import org.govreport.dsl.ide.contentassist.GovReportContentAssistService;
import org.govreport.dsl.ide.folding.GovReportFoldingRangeProvider;
import org.govreport.dsl.ide.formatting.GovReportFormattingService;
import org.govreport.dsl.ide.highlighting.GovReportHighlightingCalculator;
import org.govreport.dsl.ide.hover.GovReportHoverService;
import org.govreport.dsl.ide.symbols.GovReportDocumentSymbolService;

/** The IDE services of the language, shared by the language server and the Eclipse plugin. */
public class GovReportIdeModule extends AbstractGovReportIdeModule {

	public Class<? extends ContentAssistService> bindContentAssistService() {
		return GovReportContentAssistService.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return GovReportHoverService.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return GovReportCodeActionService.class;
	}

	public Class<? extends IDocumentSymbolService> bindIDocumentSymbolService() {
		return GovReportDocumentSymbolService.class;
	}

	public Class<? extends HierarchicalDocumentSymbolService> bindHierarchicalDocumentSymbolService() {
		return GovReportDocumentSymbolService.class;
	}

	public Class<? extends IFoldingRangeProvider> bindIFoldingRangeProvider() {
		return GovReportFoldingRangeProvider.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return GovReportHighlightingCalculator.class;
	}

	public Class<? extends FormattingService> bindFormattingService() {
		return GovReportFormattingService.class;
	}
}
