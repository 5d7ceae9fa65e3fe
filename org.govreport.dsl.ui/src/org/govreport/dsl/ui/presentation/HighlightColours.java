package org.govreport.dsl.ui.presentation;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.govreport.dsl.ide.highlighting.HighlightStyle;

/** How each kind of text the language tells apart looks in the editor. */
final class HighlightColours {
	private static final Color KEYWORD = new Color(127, 0, 85);
	private static final Color SECTION = new Color(0, 51, 153);
	private static final Color HEADING = new Color(0, 102, 153);
	private static final Color COLUMN = new Color(0, 110, 110);
	private static final Color NUMBER = new Color(30, 30, 200);
	private static final Color UNIT = new Color(110, 110, 110);
	private static final Color WORD = new Color(200, 100, 0);
	private static final Color PROSE = new Color(40, 100, 40);
	private static final Color SUB_HEADING = new Color(150, 60, 0);
	private static final Color COMMENT = new Color(120, 120, 120);
	private static final Color TOTAL = new Color(0, 120, 0);
	private static final Color WRONG = new Color(200, 0, 0);

	private HighlightColours() {
	}

	static StyleRange styleRange(int offset, int length, HighlightStyle style) {
		var attribute = attribute(style);
		var range = new StyleRange(offset, length, attribute.getForeground(), null, attribute.getStyle());
		if (style == HighlightStyle.WRONG_TOTAL) {
			range.underline = true;
			range.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
			range.underlineColor = WRONG;
		}
		return range;
	}

	private static TextAttribute attribute(HighlightStyle style) {
		return switch (style) {
		case KEYWORD -> new TextAttribute(KEYWORD, null, SWT.BOLD);
		case SECTION -> new TextAttribute(SECTION, null, SWT.BOLD);
		case HEADING -> new TextAttribute(HEADING, null, SWT.BOLD);
		case LABEL -> new TextAttribute(null, null, SWT.NORMAL);
		case COLUMN -> new TextAttribute(COLUMN, null, SWT.ITALIC);
		case NUMBER -> new TextAttribute(NUMBER, null, SWT.NORMAL);
		case UNIT -> new TextAttribute(UNIT, null, SWT.NORMAL);
		case WORD -> new TextAttribute(WORD, null, SWT.NORMAL);
		case PROSE -> new TextAttribute(PROSE, null, SWT.NORMAL);
		case SUB_HEADING -> new TextAttribute(SUB_HEADING, null, SWT.BOLD);
		case COMMENT -> new TextAttribute(COMMENT, null, SWT.ITALIC);
		case TOTAL -> new TextAttribute(TOTAL, null, SWT.BOLD);
		case WRONG_TOTAL -> new TextAttribute(WRONG, null, SWT.BOLD);
		};
	}
}
