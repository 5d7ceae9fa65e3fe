package org.govreport.dsl.ui.hover;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.govreport.dsl.ide.editing.EditorLanguageServices;
import org.govreport.dsl.ide.hover.HoverText;
import org.govreport.dsl.ui.DocumentLocations;
import org.govreport.dsl.ui.GovReportLanguage;

/**
 * Shows the language's hover: a cell's rules worked out, a label's official wording. The markdown
 * emphasis is dropped, as the default hover shows plain text.
 */
public class GovReportTextHover implements ITextHover {

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		EditorLanguageServices services = GovReportLanguage.services().getNow(null);
		if (services == null || viewer.getDocument() == null) {
			return null;
		}
		var document = viewer.getDocument();
		return services.hover(DocumentLocations.uri(document), document.get(), region.getOffset())
				.map(GovReportTextHover::plain).orElse(null);
	}

	static String plain(HoverText hover) {
		return hover.markdown().replace("**", "").replace("`", "");
	}
}
