package org.govreport.documents.ofd;

import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.generator.pdf.PdfFace;
import org.govreport.documents.ofd.PrintedPage.Mark;
import org.govreport.documents.ofd.PrintedPage.TextRun;

/**
 * Gathers the characters a PDF page shows, one at a time, into runs: a character continues the run when it
 * sits on the same baseline in the same face, size and colour, to the right of the last and no more than
 * an em beyond its advance (a wider gap is the next table cell). One text object per run instead of per
 * character is what keeps the OFD small and its text readable as lines.
 */
final class TextRuns {
	/** Millimetres within which two baselines or sizes count as the same. */
	private static final double SAME = 0.01;

	private final List<Mark> marks;
	private PdfFace face;
	private double size;
	private double baseline;
	private int rgb;
	private final List<String> characters = new ArrayList<>();
	private final List<Double> xs = new ArrayList<>();
	private double end;

	TextRuns(List<Mark> marks) {
		this.marks = marks;
	}

	/** @param character one code point; a supplementary one stands alone, so that offsets count characters alike everywhere */
	void add(PdfFace face, double size, double x, double baseline, int rgb, String character, double advance) {
		boolean alone = character.length() > 1;
		if (alone || !continues(face, size, x, baseline, rgb)) {
			finish();
			this.face = face;
			this.size = size;
			this.baseline = baseline;
			this.rgb = rgb;
		}
		characters.add(character);
		xs.add(x);
		end = x + advance;
		if (alone) {
			finish();
		}
	}

	/** Closes the run being gathered: the page paints something else next. */
	void finish() {
		if (!characters.isEmpty()) {
			marks.add(new TextRun(face, size, baseline, rgb, List.copyOf(characters), List.copyOf(xs), end));
			characters.clear();
			xs.clear();
		}
	}

	private boolean continues(PdfFace face, double size, double x, double baseline, int rgb) {
		return !characters.isEmpty() && face == this.face && rgb == this.rgb && Math.abs(size - this.size) < SAME
				&& Math.abs(baseline - this.baseline) < SAME && x > xs.get(xs.size() - 1) && x - end <= size;
	}
}
