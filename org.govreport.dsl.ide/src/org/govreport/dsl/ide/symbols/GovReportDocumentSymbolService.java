package org.govreport.dsl.ide.symbols;

import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.govreport.dsl.ide.document.ReportDocument;

/**
 * The language server's document symbols (outline), from {@link ReportOutline}. Xtext's server asks for
 * this class by name (for clients that show an outline tree), so it is bound as well as the interface.
 */
public class GovReportDocumentSymbolService extends HierarchicalDocumentSymbolService {
	private final ReportOutline outline = new ReportOutline();

	@Override
	public List<DocumentSymbol> getSymbols(Document document, XtextResource resource, DocumentSymbolParams params,
			CancelIndicator cancelIndicator) {
		return outline.of(ReportDocument.of(resource)).stream().map(entry -> symbol(document, entry)).toList();
	}

	private static DocumentSymbol symbol(Document document, OutlineEntry entry) {
		var symbol = new DocumentSymbol(entry.name(), kind(entry.kind()), range(document, entry.offset(), entry.length()),
				range(document, entry.selectionOffset(), entry.selectionLength()), entry.detail());
		symbol.setChildren(entry.children().stream().map(child -> symbol(document, child)).toList());
		return symbol;
	}

	private static SymbolKind kind(OutlineEntry.Kind kind) {
		return switch (kind) {
		case HEADER -> SymbolKind.Property;
		case SECTION -> SymbolKind.Namespace;
		case TABLE -> SymbolKind.Array;
		};
	}

	private static Range range(Document document, int offset, int length) {
		return new Range(document.getPosition(offset), document.getPosition(offset + length));
	}
}
