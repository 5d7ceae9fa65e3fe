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
 * official merges. It is well-formed XML, which the importer and anyone's tools can read.
 * Every text from the report is escaped: these pages are published on government websites.
 */
public final class HtmlDocument {
	private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

	private final StringBuilder html = new StringBuilder(32 * 1024);
	private HtmlDocument() {
	}

	/** @param fonts the font families of each role */
	public static String of(Report report, FontFamilies fonts) {
		var document = new HtmlDocument();
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
		rows(table.bodyRows());
		html.append("</tbody>\n</table>\n");
	}

	private void rows(List<List<PrintedCell>> rows) {
		for (List<PrintedCell> row : rows) {
			html.append("<tr>");
			row.stream().filter(cell -> !cell.continuation()).forEach(this::cell);
			html.append("</tr>\n");
		}
	}

	private void cell(PrintedCell cell) {
		var tag = cell.role() == CellRole.VALUE ? "td" : "th";
		html.append('<').append(tag).append(" class=\"").append(cell.role().name().toLowerCase(Locale.ROOT)).append('"');
		if (cell.columnSpan() > 1) {
			html.append(" colspan=\"").append(cell.columnSpan()).append('"');
		}
		if (cell.rowSpan() > 1) {
			html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
		}
		if (cell.ref() != null) {
			html.append(" data-cell=\"").append(escape(cell.ref().row() + "." + cell.ref().column())).append('"');
		}
		html.append('>').append(escape(cell.text())).append("</").append(tag).append(">");
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
