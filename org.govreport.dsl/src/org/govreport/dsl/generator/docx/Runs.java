package org.govreport.dsl.generator.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/** Text runs with both font slots set: Word picks the East-Asian font for 汉字 only when told so. */
final class Runs {
	private Runs() {
	}

	static XWPFRun add(XWPFParagraph paragraph, String text, TextStyle style) {
		var run = paragraph.createRun();
		run.setText(text);
		run.setFontSize(style.size);
		fonts(run, style.eastAsian);
		return run;
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
