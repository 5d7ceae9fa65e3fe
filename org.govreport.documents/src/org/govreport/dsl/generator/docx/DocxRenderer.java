package org.govreport.dsl.generator.docx;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.ZipOutputStream;

import org.govreport.dsl.generator.DocumentRenderer;
import org.govreport.dsl.generator.FixedTimeZip;
import org.govreport.dsl.generator.layout.Block;
import org.govreport.dsl.generator.layout.DocumentLayout;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.template.PrintLayout;
import org.govreport.dsl.template.PrintLayout.Page;

/**
 * The report as a Word document laid out as official documents are (GB/T 9704): the page of
 * {@link PrintLayout#PAGE}, title in 方正小标宋简体 二号, headings in 黑体, body in 仿宋_GB2312 三号 on fixed 28-point lines
 * with a two-character indent, figures in Times New Roman. Tables: see {@link DocxTables}. The parts are
 * written as XML directly (see {@link WordXml} for why), each entry stamped at {@link FixedTimeZip}'s time.
 */
public final class DocxRenderer implements DocumentRenderer {
	private static final Page PAGE = PrintLayout.PAGE;
	/** The text width in twentieths of a point, what the tables are laid out across. */
	static final int TEXT_WIDTH = Page.twips(PAGE.width()) - Page.twips(PAGE.left()) - Page.twips(PAGE.right());
	private static final int BODY_LINE = twentieths(PrintLayout.LINE_POINTS);
	private static final ParagraphFormat TITLE = new ParagraphFormat(null, twentieths(PrintLayout.TITLE_LINE_POINTS), BODY_LINE,
			null, "center");
	/** Justified on fixed lines, the first line indented by two characters of 三号. */
	private static final ParagraphFormat BODY = new ParagraphFormat(false, BODY_LINE, null,
			twentieths(PrintLayout.INDENT_POINTS), "both");
	/** GB/T 9704's margins of the header and footer. */
	private static final String HEADER_MARGIN = "851";
	private static final String FOOTER_MARGIN = "992";

	@Override
	public void render(Report report, OutputStream out) throws IOException {
		var zip = new ZipOutputStream(new BufferedOutputStream(out, 64 * 1024));
		DocxPackage.write(zip, DocumentLayout.title(report), report.organ() == null ? "" : report.organ());
		zip.putNextEntry(FixedTimeZip.entry(DocxPackage.DOCUMENT));
		try (var xml = WordXml.wordPart(zip, "document")) {
			xml.open("body");
			for (Block block : DocumentLayout.of(report)) {
				block(xml, block);
			}
			section(xml);
		}
		zip.putNextEntry(FixedTimeZip.entry(DocxPackage.STYLES));
		try (var xml = WordXml.wordPart(zip, "styles")) {
			xml.open("docDefaults").open("rPrDefault").open("rPr");
			xml.empty("rFonts", "ascii", TextStyle.LATIN, "hAnsi", TextStyle.LATIN, "eastAsia", TextStyle.BODY.eastAsian);
			xml.end().end().open("pPrDefault").empty("pPr");
		}
		zip.putNextEntry(FixedTimeZip.entry(DocxPackage.FOOTER));
		try (var xml = WordXml.wordPart(zip, "ftr")) {
			pageNumbers(xml);
		}
		zip.finish();
		zip.flush();
	}

	private static void block(WordXml xml, Block block) throws IOException {
		if (block instanceof Block.Title title) {
			TITLE.start(xml);
			for (int line = 0; line < title.lines().size(); line++) {
				Runs.add(xml, title.lines().get(line), TextStyle.TITLE, line + 1 < title.lines().size());
			}
			xml.end();
		} else if (block instanceof Block.Heading heading) {
			BODY.keepingNext(true).start(xml);
			Runs.add(xml, heading.text(), TextStyle.HEADING);
			xml.end();
		} else if (block instanceof Block.Text text) {
			BODY.keepingNext(text.subHeading()).start(xml);
			Runs.add(xml, text.text(), text.subHeading() ? TextStyle.SUB_HEADING : TextStyle.BODY);
			xml.end();
		} else if (block instanceof Block.Table table) {
			DocxTables.add(xml, table.table());
		}
	}

	/** The page size and margins (the schema requires the gutter too), and the footer on every page. */
	private static void section(WordXml xml) throws IOException {
		xml.open("sectPr");
		xml.empty("footerReference", "type", "default", "r:id", DocxPackage.FOOTER_ID);
		xml.empty("pgSz", "w", twips(PAGE.width()), "h", twips(PAGE.height()));
		xml.empty("pgMar", "top", twips(PAGE.top()), "bottom", twips(PAGE.bottom()), "left", twips(PAGE.left()), "right",
				twips(PAGE.right()), "header", HEADER_MARGIN, "footer", FOOTER_MARGIN, "gutter", "0");
		xml.end();
	}

	/** Points in Word's twentieths of a point. */
	private static int twentieths(double points) {
		return (int) Math.round(points * 20);
	}

	private static String twips(int millimetres) {
		return String.valueOf(Page.twips(millimetres));
	}

	/** Page numbers centred at the foot of every page, between dashes: — 1 —. */
	private static void pageNumbers(WordXml xml) throws IOException {
		ParagraphFormat.aligned("center").start(xml);
		Runs.add(xml, "— ", TextStyle.PAGE_NUMBER);
		Runs.pageNumber(xml, TextStyle.PAGE_NUMBER);
		Runs.add(xml, " —", TextStyle.PAGE_NUMBER);
		xml.end();
	}
}
