package org.govreport.dsl.generator.pdf;

/**
 * One character as the PDF prints it: in the first face that has it, its advance at the size it is set in.
 *
 * @param codePoint what is printed: the character, or # for one no face has
 * @param width     the advance, in points
 */
record PrintedGlyph(int codePoint, PdfFace face, float width) {

	boolean isSpace() {
		return codePoint == ' ';
	}
}
