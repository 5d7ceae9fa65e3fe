package org.govreport.dsl.ide.formatting;

import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.format.ReportFormatter;

/**
 * The language server's formatting: {@link ReportFormatter} on the whole text (aligning a table needs
 * all of its lines, so a range request formats the whole file too), as one edit.
 */
public class GovReportFormattingService extends FormattingService {
	private final ReportFormatter formatter = new ReportFormatter();

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length,
			FormattingOptions options) {
		String text = document.getContents();
		String formatted = formatter.format(text);
		if (formatted.equals(text)) {
			return List.of();
		}
		return List.of(new TextEdit(new Range(document.getPosition(0), document.getPosition(text.length())), formatted));
	}
}
