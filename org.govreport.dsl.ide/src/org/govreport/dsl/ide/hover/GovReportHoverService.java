package org.govreport.dsl.ide.hover;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.govreport.dsl.ide.document.ReportDocument;

/** The language server's hover, from {@link ReportHover}. */
public class GovReportHoverService extends HoverService {
	private final ReportHover reportHover = new ReportHover();

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
		int offset = document.getOffSet(params.getPosition());
		return reportHover.at(ReportDocument.of(resource), offset)
				.map(text -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, text.markdown()),
						new Range(document.getPosition(text.offset()), document.getPosition(text.offset() + text.length()))))
				.orElse(EMPTY_HOVER);
	}
}
