package org.govreport.dsl.generator.html;

import java.util.List;
import java.util.Locale;

import org.govreport.dsl.generator.XmlText;
import org.govreport.dsl.generator.layout.Block;
import org.govreport.dsl.generator.layout.CellRole;
import org.govreport.dsl.generator.layout.DocumentLayout;
import org.govreport.dsl.generator.layout.PrintedCell;
import org.govreport.dsl.generator.layout.PrintedTable;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.template.PrintLayout;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;

/**
 * The report as one self-contained XHTML page: inline CSS with an A4 print stylesheet, tables with the
 * official merges. It is well-formed XML, so that the PDF renderer can lay out the very same page.
 * Every text from the report is escaped: these pages are published on government websites.
 * <p>
 * The page the PDF is laid out from differs in one thing: a group label merged down over several rows is a
 * cell in each of them, with no rule between them, its text at the top of the first; and such a table ends
 * in a running footer row that draws the table's bottom rule at every page break. A page break never cuts
 * a merged cell then: openhtmltopdf (1.1.31) paints the rules of a cut cell over the whole cell, through
 * the repeated header rows and past the table's last row on the page, and lays the centred text of a cut
 * cell out again after the break, above the room kept for the header rows, which then rise over the
 * page's top margin.
 */
public final class HtmlDocument {
	private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

	private final StringBuilder html = new StringBuilder(32 * 1024);
	private final boolean paged;

	private HtmlDocument(boolean paged) {
		this.paged = paged;
	}

	/** @param fonts the font families of each role: the customary ones, or those the PDF embeds */
	public static String of(Report report, FontFamilies fonts) {
		var document = new HtmlDocument(false);
		document.write(report, fonts);
		return document.html.toString();
	}

	/** The page the PDF is laid out from, its merged group labels cut into rows (see above). */
	public static String forPages(Report report, FontFamilies fonts) {
		var document = new HtmlDocument(true);
		document.write(report, fonts);
		return document.html.toString();
	}

	private void write(Report report, FontFamilies fonts) {
		html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">\n<head>\n")
				.append("<meta charset=\"UTF-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
				.append("<meta name=\"generator\" content=\"govreport\"/>\n")
				.append("<title>").append(escape(DocumentLayout.title(report))).append("</title>\n")
				.append("<style>\n").append(HtmlStyle.css(fonts)).append("</style>\n</head>\n<body>\n");
		for (Block block : DocumentLayout.of(report)) {
			block(block);
		}
		html.append("</body>\n</html>\n");
	}

	private void block(Block block) {
		if (block instanceof Block.Title title) {
			html.append("<h1>").append(String.join("<br/>", title.lines().stream().map(HtmlDocument::escape).toList()))
					.append("</h1>\n");
		} else if (block instanceof Block.Heading heading) {
			element("h2", null, heading.text());
		} else if (block instanceof Block.Text text) {
			element("p", text.subHeading() ? "sub" : null, text.text());
		} else if (block instanceof Block.Table table) {
			table(table.table());
		}
	}

	private void table(PrintedTable table) {
		html.append("<table class=\"").append(PrintLayout.isWide(table.columnCount()) ? "wide" : "narrow")
				.append("\" data-table=\"").append(escape(table.key())).append("\">\n<colgroup>");
		for (int weight : table.columnWeights()) {
			html.append("<col style=\"width:").append(String.format(Locale.ROOT, "%.2f", 100.0 * weight / table.totalWeight()))
					.append("%\"/>");
		}
		html.append("</colgroup>\n<thead>\n");
		rows(table.headerRows());
		html.append("</thead>\n<tbody>\n");
		if (paged && mergesGroups(table)) {
			new GroupRows(this::cell, html).write(table.bodyRows());
			html.append("</tbody>\n<tfoot><tr><td class=\"foot\" colspan=\"").append(table.columnCount())
					.append("\"></td></tr></tfoot>\n</table>\n");
			return;
		}
		rows(table.bodyRows());
		html.append("</tbody>\n</table>\n");
	}

	private static boolean mergesGroups(PrintedTable table) {
		return table.bodyRows().stream().flatMap(List::stream).anyMatch(cell -> cell.role() == CellRole.GROUP && cell.rowSpan() > 1);
	}

	private void rows(List<List<PrintedCell>> rows) {
		for (List<PrintedCell> row : rows) {
			html.append("<tr>");
			row.stream().filter(cell -> !cell.continuation()).forEach(cell -> cell(cell, ""));
			html.append("</tr>\n");
		}
	}

	/**
	 * @param classes more classes of the cell, each after a space; with any, the cell spans one row, and the
	 *                text of a cell that spanned more is held in a block of no height, to run down over the
	 *                rows below
	 */
	private void cell(PrintedCell cell, String classes) {
		var tag = cell.role() == CellRole.VALUE ? "td" : "th";
		html.append('<').append(tag).append(" class=\"").append(cell.role().name().toLowerCase(Locale.ROOT)).append(classes)
				.append('"');
		if (cell.columnSpan() > 1) {
			html.append(" colspan=\"").append(cell.columnSpan()).append('"');
		}
		if (cell.rowSpan() > 1 && classes.isEmpty()) {
			html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
		}
		if (cell.ref() != null) {
			html.append(" data-cell=\"").append(escape(cell.ref().row() + "." + cell.ref().column())).append('"');
		}
		html.append('>');
		if (cell.rowSpan() > 1 && !classes.isEmpty() && !cell.continuation()) {
			html.append("<div class=\"held\">").append(escape(cell.text())).append("</div>");
		} else {
			html.append(escape(cell.text()));
		}
		html.append("</").append(tag).append(">");
	}

	private void element(String tag, String cssClass, String text) {
		html.append('<').append(tag);
		if (cssClass != null) {
			html.append(" class=\"").append(cssClass).append('"');
		}
		html.append('>').append(escape(text)).append("</").append(tag).append(">\n");
	}

	private static String escape(String text) {
		return ESCAPER.escape(XmlText.printable(text));
	}
}
