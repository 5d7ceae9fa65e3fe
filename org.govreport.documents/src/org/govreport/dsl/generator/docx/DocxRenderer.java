package org.govreport.dsl.generator.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.Optional;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.govreport.dsl.generator.DocumentRenderer;
import org.govreport.dsl.generator.FixedTimeZip;
import org.govreport.dsl.generator.LibraryLogging;
import org.govreport.dsl.generator.layout.Block;
import org.govreport.dsl.generator.layout.DocumentLayout;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.template.PrintLayout;
import org.govreport.dsl.template.PrintLayout.Page;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The report as a Word document laid out as official documents are (GB/T 9704): the page of
 * {@link PrintLayout#PAGE}, title in 方正小标宋简体 二号, headings in 黑体, body in 仿宋_GB2312 三号 on fixed 28-point lines
 * with a two-character indent, figures in Times New Roman. Tables: see {@link DocxTables}.
 */
public final class DocxRenderer implements DocumentRenderer {
	private static final Page PAGE = PrintLayout.PAGE;
	/** The text width in twentieths of a point, what the tables are laid out across. */
	static final int TEXT_WIDTH = Page.twips(PAGE.width()) - Page.twips(PAGE.left()) - Page.twips(PAGE.right());
	private static final double BODY_LINE = 28;
	private static final double TITLE_LINE = 36;
	/** Two characters of 三号 (16 pt). */
	private static final int FIRST_LINE_INDENT = 640;

	static {
		LibraryLogging.quiet();
	}

	@Override
	public void render(Report report, OutputStream out) throws IOException {
		var buffer = new ByteArrayOutputStream(64 * 1024);
		try (var document = new XWPFDocument()) {
			page(document);
			pageNumbers(document);
			for (Block block : DocumentLayout.of(report)) {
				block(document, block);
			}
			properties(document, report);
			document.write(buffer);
		}
		FixedTimeZip.copy(buffer.toByteArray(), out);
	}

	/**
	 * Loads POI's schema types (hundreds, read from the jar on first use), which the first document of a
	 * run would otherwise wait for: an empty document made and thrown away.
	 */
	public static void loadSchemaTypes() {
		try (var document = new XWPFDocument()) {
			document.getDocument().getBody();
		} catch (IOException | RuntimeException e) {
			// the document that needs them meets the problem again and reports it
		}
	}

	private static void block(XWPFDocument document, Block block) {
		if (block instanceof Block.Title title) {
			var paragraph = document.createParagraph();
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			paragraph.setSpacingBetween(TITLE_LINE, LineSpacingRule.EXACT);
			paragraph.setSpacingAfter((int) (BODY_LINE * 20));
			for (int line = 0; line < title.lines().size(); line++) {
				var run = Runs.add(paragraph, title.lines().get(line), TextStyle.TITLE);
				if (line + 1 < title.lines().size()) {
					run.addBreak();
				}
			}
		} else if (block instanceof Block.Heading heading) {
			var paragraph = bodyParagraph(document);
			paragraph.setKeepNext(true);
			Runs.add(paragraph, heading.text(), TextStyle.HEADING);
		} else if (block instanceof Block.Text text) {
			var paragraph = bodyParagraph(document);
			paragraph.setKeepNext(text.subHeading());
			Runs.add(paragraph, text.text(), text.subHeading() ? TextStyle.SUB_HEADING : TextStyle.BODY);
		} else if (block instanceof Block.Table table) {
			DocxTables.add(document, table.table());
		}
	}

	private static org.apache.poi.xwpf.usermodel.XWPFParagraph bodyParagraph(XWPFDocument document) {
		var paragraph = document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.BOTH);
		paragraph.setSpacingBetween(BODY_LINE, LineSpacingRule.EXACT);
		paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
		return paragraph;
	}

	private static void page(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(twips(PAGE.width()));
		size.setH(twips(PAGE.height()));
		var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(twips(PAGE.top()));
		margins.setBottom(twips(PAGE.bottom()));
		margins.setLeft(twips(PAGE.left()));
		margins.setRight(twips(PAGE.right()));
		margins.setHeader(BigInteger.valueOf(851));
		margins.setFooter(BigInteger.valueOf(992));
		var defaults = CTFonts.Factory.newInstance();
		defaults.setAscii(TextStyle.LATIN);
		defaults.setHAnsi(TextStyle.LATIN);
		defaults.setEastAsia(TextStyle.BODY.eastAsian);
		document.createStyles().setDefaultFonts(defaults);
	}

	private static BigInteger twips(int millimetres) {
		return BigInteger.valueOf(Page.twips(millimetres));
	}

	/** Page numbers centred at the foot of every page, between dashes: — 1 —. */
	private static void pageNumbers(XWPFDocument document) {
		var paragraph = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		Runs.add(paragraph, "— ", TextStyle.PAGE_NUMBER);
		Runs.pageNumber(paragraph, TextStyle.PAGE_NUMBER);
		Runs.add(paragraph, " —", TextStyle.PAGE_NUMBER);
	}

	/** Title and author for the file's properties; no creation time, so that builds compare equal. */
	private static void properties(XWPFDocument document, Report report) {
		var core = document.getProperties().getCoreProperties();
		core.setTitle(DocumentLayout.title(report));
		core.setCreator(report.organ() == null ? "" : report.organ());
		core.setCreated(Optional.empty());
		core.setModified(Optional.empty());
	}
}
