package org.govreport.dsl.ui.hover;

import java.util.regex.Pattern;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.govreport.dsl.ide.editing.EditorLanguageServices;
import org.govreport.dsl.ide.hover.HoverText;
import org.govreport.dsl.ui.DocumentLocations;
import org.govreport.dsl.ui.GovReportLanguage;

/**
 * Shows the language's hover: a cell's rules worked out, a label's official wording. The Generic
 * Editor's hover control renders simple HTML, so the markdown is turned into that.
 */
public class GovReportTextHover implements ITextHover {
	private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

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
				.map(GovReportTextHover::html).orElse(null);
	}

	static String html(HoverText hover) {
		var escaped = hover.markdown().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
		return BOLD.matcher(escaped).replaceAll("<b>$1</b>").replace("`", "").replace("  \n", "<br>").replace("\n\n", "<p>")
				.replace("\n", "<br>");
	}
}
