package org.govreport.dsl.generator.docx;

import java.io.IOException;

import org.govreport.dsl.generator.XmlText;

/** Text runs with both font slots set: Word picks the East-Asian font for 汉字 only when told so. */
final class Runs {
	private Runs() {
	}

	/** A run of text in the style; an empty text makes a run with no text element. */
	static void add(WordXml xml, String text, TextStyle style) throws IOException {
		add(xml, text, style, false);
	}

	/** A run of text in the style, followed by a line break in the same run when asked. */
	static void add(WordXml xml, String text, TextStyle style, boolean lineBreak) throws IOException {
		start(xml, style);
		text(xml, text);
		if (lineBreak) {
			xml.empty("br");
		}
		xml.end();
	}

	/** Word's PAGE field, which shows the number of the page it is printed on. */
	static void pageNumber(WordXml xml, TextStyle style) throws IOException {
		field(xml, style, "begin");
		start(xml, style);
		xml.element("instrText", "PAGE");
		xml.end();
		field(xml, style, "separate");
		add(xml, "1", style);
		field(xml, style, "end");
	}

	private static void field(WordXml xml, TextStyle style, String charType) throws IOException {
		start(xml, style);
		xml.empty("fldChar", "fldCharType", charType);
		xml.end();
	}

	/** Opens the run and writes its properties: the fonts (both scripts) and the size in half-points. */
	private static void start(WordXml xml, TextStyle style) throws IOException {
		xml.open("r").open("rPr");
		// Quotes and dashes are shared by both scripts; the hint makes Word set them in the Chinese font.
		xml.empty("rFonts", "ascii", TextStyle.LATIN, "hAnsi", TextStyle.LATIN, "cs", TextStyle.LATIN, "eastAsia",
				style.eastAsian, "hint", "eastAsia");
		xml.empty("sz", "val", String.valueOf(Math.round(style.size * 2)));
		xml.end();
	}

	/** Spaces at either end would be dropped by Word unless the text element says to keep them. */
	private static void text(WordXml xml, String text) throws IOException {
		if (text.isEmpty()) {
			return;
		}
		String printable = XmlText.printable(text);
		if (Character.isWhitespace(printable.charAt(0)) || Character.isWhitespace(printable.charAt(printable.length() - 1))) {
			xml.open("t", "xml:space", "preserve");
		} else {
			xml.open("t");
		}
		xml.text(printable).end();
	}
}
