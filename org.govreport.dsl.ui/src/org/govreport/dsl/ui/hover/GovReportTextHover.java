package org.govreport.dsl.ui.hover;

import java.util.regex.Pattern;

import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.ui.editors.text.EditorsUI;
import org.govreport.dsl.ide.editing.EditorLanguageServices;
import org.govreport.dsl.ide.hover.HoverText;
import org.govreport.dsl.ui.DocumentLocations;
import org.govreport.dsl.ui.GovReportLanguage;

/**
 * Shows the language's hover: a cell's rules worked out, a label's official wording, as simple HTML.
 * The hover names its own control: when it is the only hover at a place (no problem there) the Generic
 * Editor otherwise shows it in the viewer's plain-text control, markup and all, on one line.
 */
public class GovReportTextHover implements ITextHover, ITextHoverExtension {
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

	/** A control rendering the HTML and wrapping it at the hover's width, with "Press F2 for focus". */
	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return parent -> new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString());
	}

	static String html(HoverText hover) {
		var escaped = hover.markdown().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
		return BOLD.matcher(escaped).replaceAll("<b>$1</b>").replace("`", "").replace("  \n", "<br>").replace("\n\n", "<p>")
				.replace("\n", "<br>");
	}
}
