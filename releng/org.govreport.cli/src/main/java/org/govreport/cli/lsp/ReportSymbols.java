package org.govreport.cli.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The outline as a flat list, for clients without outline trees (Neovim's symbol list, workspace symbols):
 * each section and table with the name of what holds it. The report itself is named by organ and year.
 */
final class ReportSymbols {
	private static final String HEADER = "报告信息";

	private ReportSymbols() {
	}

	/** The document's symbols, flat; the header entry becomes the report, named 〈机关〉 〈年度〉. */
	static List<SymbolInformation> flat(String uri, Document document, XtextResource resource) {
		if (resource == null) {
			return List.of();
		}
		var outline = resource.getResourceServiceProvider().get(HierarchicalDocumentSymbolService.class);
		List<DocumentSymbol> tree = outline.getSymbols(document, resource,
				new DocumentSymbolParams(new TextDocumentIdentifier(uri)), CancelIndicator.NullImpl);
		String report = reportName(tree);
		List<SymbolInformation> flat = new ArrayList<>();
		for (DocumentSymbol symbol : tree) {
			boolean header = HEADER.equals(symbol.getName());
			String name = header && report != null ? report : symbol.getName();
			flat.add(new SymbolInformation(name, header ? SymbolKind.File : symbol.getKind(),
					new Location(uri, header ? new Range(symbol.getRange().getStart(), symbol.getRange().getStart())
							: symbol.getRange()), header ? null : report));
			for (DocumentSymbol child : symbol.getChildren() == null ? List.<DocumentSymbol>of() : symbol.getChildren()) {
				flat.add(new SymbolInformation(child.getName(), child.getKind(), new Location(uri, child.getRange()),
						(report == null ? "" : report + " · ") + symbol.getName()));
			}
		}
		return flat;
	}

	/**
	 * Whether a symbol answers a workspace symbol query: every character of the query, in order, in what
	 * holds the symbol and its name (町店镇 收到 finds 町店镇's section 三 and its table).
	 */
	static boolean matches(SymbolInformation symbol, String query) {
		String haystack = ((symbol.getContainerName() == null ? "" : symbol.getContainerName() + " ") + symbol.getName())
				.toLowerCase(Locale.ROOT);
		int at = 0;
		for (char wanted : query.toLowerCase(Locale.ROOT).toCharArray()) {
			if (Character.isWhitespace(wanted)) {
				continue;
			}
			at = haystack.indexOf(wanted, at);
			if (at < 0) {
				return false;
			}
			at++;
		}
		return true;
	}

	/** 〈机关〉 〈年度〉 from the header entry's detail (江城镇 2020 · 2019-60). */
	private static String reportName(List<DocumentSymbol> tree) {
		for (DocumentSymbol symbol : tree) {
			if (HEADER.equals(symbol.getName()) && symbol.getDetail() != null && !symbol.getDetail().isBlank()) {
				String detail = symbol.getDetail();
				int template = detail.indexOf(" · ");
				String name = (template >= 0 ? detail.substring(0, template) : detail).strip();
				return name.isEmpty() ? null : name;
			}
		}
		return null;
	}
}
