package org.govreport.dsl.tests.generator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.govreport.dsl.template.PrintLayout;

/** The pages of a PDF as text, each with how far down its text area the printing reaches. */
final class PrintedPages {
	private static final double POINTS_PER_MILLIMETRE = 72 / 25.4;
	private final List<String> texts = new ArrayList<>();
	private final List<Double> lowest = new ArrayList<>();

	static PrintedPages of(PDDocument pdf) throws IOException {
		var pages = new PrintedPages();
		double top = PrintLayout.PAGE.top() * POINTS_PER_MILLIMETRE;
		double bottom = (PrintLayout.PAGE.height() - PrintLayout.PAGE.bottom()) * POINTS_PER_MILLIMETRE;
		for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
			var deepest = new double[] { top };
			var stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) throws IOException {
					positions.stream().mapToDouble(TextPosition::getYDirAdj).filter(y -> y <= bottom)
							.forEach(y -> deepest[0] = Math.max(deepest[0], y));
					super.writeString(text, positions);
				}
			};
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			pages.texts.add(stripper.getText(pdf).replaceAll("\\s+", ""));
			pages.lowest.add((deepest[0] - top) / (bottom - top));
		}
		return pages;
	}

	String text(int page) {
		return texts.get(page);
	}

	/** The index of the first page holding a text, white space aside. */
	int firstWith(String text) {
		var wanted = text.replaceAll("\\s+", "");
		for (int page = 0; page < texts.size(); page++) {
			if (texts.get(page).contains(wanted)) {
				return page;
			}
		}
		throw new AssertionError("not printed: " + text);
	}

	/** How far down the text area the last line of the page reaches, from 0 to 1 (page numbers apart). */
	double filled(int page) {
		return lowest.get(page);
	}
}
