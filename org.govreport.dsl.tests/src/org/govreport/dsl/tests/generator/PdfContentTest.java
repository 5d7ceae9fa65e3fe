package org.govreport.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.SectionKind;
import org.govreport.dsl.template.TableSpec;
import org.junit.jupiter.api.Test;

/**
 * Each example as PDF, read back with PDFBox: the text holds the title, every heading and prose
 * paragraph, and the figures of the tables in reading order, row by row, exactly the model's.
 */
class PdfContentTest extends RenderedExamples {

	@Test
	void theTextAndEveryFigureOfTheModelArePrinted() throws Exception {
		for (var example : examples().entrySet()) {
			var report = example.getValue();
			try (PDDocument pdf = Loader.loadPDF(render(report, DocumentFormat.PDF))) {
				var stripper = new PDFTextStripper();
				stripper.setSortByPosition(true);
				var text = withoutPageNumbers(stripper.getText(pdf));
				var flat = text.replaceAll("\\s+", "");
				assertTrue(flat.contains(report.template().reportTitle(report.organ(), report.year())), example.getKey());
				report.template().sections().forEach(section -> assertTrue(flat.contains(section.officialHeading()),
						example.getKey() + ": " + section.officialHeading()));
				report.sections().forEach(section -> section.paragraphs().forEach(paragraph -> assertTrue(
						flat.contains(paragraph.text().replaceAll("\\s+", "")), example.getKey() + ": " + paragraph.text())));
				assertEquals(expectedFigures(report), printedFigures(report, text), example.getKey());
			}
		}
	}

	@Test
	void aTableRunningAcrossPagesRepeatsItsHeaderRows() throws Exception {
		int across = 0;
		for (var example : examples().entrySet()) {
			var report = example.getValue();
			try (PDDocument pdf = Loader.loadPDF(render(report, DocumentFormat.PDF))) {
				var pages = PrintedPages.of(pdf);
				var applications = report.template().tables().stream()
						.filter(spec -> spec.printLayout() != null && spec.printLayout().dataRows() == null).findFirst().orElseThrow();
				var header = applications.printLayout().headerRows().get(0).get(0).label().replaceAll("\\s+", "");
				var rowPages = applications.rows().stream().map(row -> pages.firstWith(row.label())).distinct().toList();
				across += rowPages.size() > 1 ? 1 : 0;
				rowPages.forEach(page -> assertTrue(pages.text(page).contains(header),
						example.getKey() + ": header of table 三 repeated on page " + (page + 1)));
			}
		}
		assertTrue(across > 0, "in some example table 三 runs across pages");
	}

	@Test
	void noPageButTheLastIsLessThanTwoThirdsFull() throws Exception {
		for (var example : examples().entrySet()) {
			try (PDDocument pdf = Loader.loadPDF(render(example.getValue(), DocumentFormat.PDF))) {
				var pages = PrintedPages.of(pdf);
				for (int page = 0; page + 1 < pdf.getNumberOfPages(); page++) {
					assertTrue(pages.filled(page) > 2.0 / 3, example.getKey() + ": page " + (page + 1) + " filled " + pages.filled(page));
				}
			}
		}
	}

	@Test
	void theTitleBreaksAfterTheOrgan() throws Exception {
		for (var example : examples().entrySet()) {
			var report = example.getValue();
			try (PDDocument pdf = Loader.loadPDF(render(report, DocumentFormat.PDF))) {
				var lines = new PDFTextStripper().getText(pdf).lines().map(String::strip).toList();
				var title = report.template().reportTitle(report.organ(), report.year());
				assertTrue(lines.contains(title) || lines.contains(report.organ())
						&& lines.contains(title.substring(report.organ().length())), example.getKey() + ": " + lines.subList(0, 3));
			}
		}
	}

	@Test
	void theChineseFontIsEmbeddedAsASubset() throws Exception {
		var report = firstExample();
		try (PDDocument pdf = Loader.loadPDF(render(report, DocumentFormat.PDF))) {
			var fonts = new ArrayList<PDFont>();
			for (var page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
			var cjk = fonts.stream().filter(font -> font.getName().contains("BousungEG-Light-GB")).toList();
			assertTrue(!cjk.isEmpty(), "fonts: " + fonts.stream().map(PDFont::getName).toList());
			assertTrue(cjk.stream().allMatch(font -> font.isEmbedded() && font.getName().matches("[A-Z]{6}\\+.*")),
					"embedded subset (ABCDEF+ name)");
			assertTrue(pdf.getDocumentInformation().getCreationDate() == null, "no creation date");
		}
	}

	/** The page numbers (— 2 —) are page furniture, not report text. */
	private static String withoutPageNumbers(String text) {
		return text.lines().filter(line -> !line.strip().matches("—\\s*\\d+\\s*—")).collect(Collectors.joining("\n"));
	}

	/** The figures of the tables in printed order: row by row, left to right. */
	private static List<BigDecimal> expectedFigures(Report report) {
		var figures = new ArrayList<BigDecimal>();
		for (TableSpec spec : report.template().tables()) {
			var table = report.table(spec.key());
			if (spec.printLayout() != null && spec.printLayout().dataRows() != null) {
				spec.printLayout().dataRows().forEach(row -> row.forEach(ref -> figures.add(table.cell(ref).value())));
			} else {
				spec.rows().forEach(row -> spec.columns().forEach(
						column -> figures.add(table.cell(new CellRef(spec.key(), row.key(), column.key())).value())));
			}
		}
		return figures.stream().map(BigDecimal::stripTrailingZeros).toList();
	}

	/** Numbers standing alone between the first and the last table section: the table cells. */
	private static List<BigDecimal> printedFigures(Report report, String text) {
		var tableSections = report.template().sections().stream().filter(section -> section.kind() == SectionKind.TABLES).toList();
		var afterTables = report.template().sections().get(report.template().sections().indexOf(tableSections.get(tableSections.size() - 1)) + 1);
		var lines = text.lines().toList();
		int from = indexOf(lines, tableSections.get(0).officialHeading());
		int to = indexOf(lines, afterTables.officialHeading());
		return lines.subList(from, to).stream().flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
				.filter(token -> token.matches("-?\\d+(\\.\\d+)?")).map(BigDecimal::new).map(BigDecimal::stripTrailingZeros)
				.toList();
	}

	private static int indexOf(List<String> lines, String heading) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).replaceAll("\\s+", "").equals(heading)) {
				return i;
			}
		}
		throw new AssertionError("heading not found in PDF text: " + heading);
	}
}
