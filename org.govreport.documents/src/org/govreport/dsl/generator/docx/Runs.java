package org.govreport.dsl.generator.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.govreport.dsl.generator.XmlText;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/** Text runs with both font slots set: Word picks the East-Asian font for 汉字 only when told so. */
final class Runs {
	private Runs() {
	}

	static XWPFRun add(XWPFParagraph paragraph, String text, TextStyle style) {
		var run = paragraph.createRun();
		if (!text.isEmpty()) {
			run.setText(XmlText.printable(text));
		}
		run.setFontSize(style.size);
		fonts(run, style.eastAsian);
		return run;
	}

	/** Word's PAGE field, which shows the number of the page it is printed on. */
	static void pageNumber(XWPFParagraph paragraph, TextStyle style) {
		add(paragraph, "", style).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		add(paragraph, "", style).getCTR().addNewInstrText().setStringValue("PAGE");
		add(paragraph, "", style).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		add(paragraph, "1", style);
		add(paragraph, "", style).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

	private static void fonts(XWPFRun run, String eastAsian) {
		CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
		CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
		fonts.setAscii(TextStyle.LATIN);
		fonts.setHAnsi(TextStyle.LATIN);
		fonts.setCs(TextStyle.LATIN);
		fonts.setEastAsia(eastAsian);
		// Quotes and dashes are shared by both scripts; the hint makes Word set them in the Chinese font.
		fonts.setHint(STHint.EAST_ASIA);
	}
}
