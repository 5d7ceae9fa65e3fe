package org.govreport.dsl.generator.html;

import java.util.Locale;

import org.govreport.dsl.template.PrintLayout;

/**
 * The page's stylesheet, after the customary layout of official documents (GB/T 9704): the page of
 * {@link PrintLayout#PAGE}, title in 二号, headings and body in 三号 on fixed 28-point lines, tables in 五号
 * or, when wide, 小五. Printed from a browser, tables run across pages repeating their header rows, and a
 * row is never split.
 */
final class HtmlStyle {

	private HtmlStyle() {
	}

	static String css(FontFamilies fonts) {
		var page = PrintLayout.PAGE;
		return String.format(Locale.ROOT, """
				@page { size: %dmm %dmm; margin: %dmm %dmm %dmm %dmm;
				  @bottom-center { content: "— " counter(page) " —"; font-family: %s; font-size: %spt; vertical-align: top; padding-top: %dmm; } }
				html { background: #fff; color: #000; }
				body { font-family: %s; font-size: %spt; line-height: %spt; margin: 0; }
				@media screen { body { max-width: %dmm; margin: 12mm auto; padding: 0 8mm; } }
				h1 { font-family: %s; font-size: %spt; line-height: %spt; font-weight: normal; text-align: center; margin: 0 0 %spt 0; }
				h2 { font-family: %s; font-size: %spt; line-height: %spt; font-weight: normal; text-indent: 2em; margin: 0; page-break-after: avoid; }
				p { text-indent: 2em; text-align: justify; margin: 0; }
				p.sub { font-family: %s; }
				table { border-collapse: collapse; width: 100%%; table-layout: fixed; line-height: %s; margin: %spt 0 %spt 0; }
				table.narrow { font-size: %spt; }
				table.wide { font-size: %spt; }
				thead { display: table-header-group; }
				tr { page-break-inside: avoid; }
				th, td { border: %spt solid #000; padding: %spt %spt; text-align: center; vertical-align: middle; font-weight: normal; overflow-wrap: break-word; word-wrap: break-word; }
				th.title { font-family: %s; }
				th.label { text-align: left; }
				td { font-family: %s; }
				""", page.width(), page.height(), page.top(), page.right(), page.bottom(), page.left(), fonts.pageNumber(),
				points(PrintLayout.PAGE_NUMBER_POINTS), PrintLayout.PAGE_NUMBER_GAP_MILLIMETRES, fonts.body(),
				points(PrintLayout.BODY_POINTS), points(PrintLayout.LINE_POINTS), page.textWidth(), fonts.title(),
				points(PrintLayout.TITLE_POINTS), points(PrintLayout.TITLE_LINE_POINTS), points(PrintLayout.LINE_POINTS),
				fonts.heading(), points(PrintLayout.BODY_POINTS), points(PrintLayout.LINE_POINTS), fonts.subHeading(),
				points(PrintLayout.TABLE_LINE_SPACING), points(PrintLayout.ABOVE_TABLE_POINTS),
				points(PrintLayout.BELOW_TABLE_POINTS), points(PrintLayout.TABLE_POINTS), points(PrintLayout.WIDE_TABLE_POINTS),
				points(PrintLayout.RULE_POINTS), points(PrintLayout.CELL_PADDING_POINTS), points(PrintLayout.CELL_PADDING_POINTS),
				fonts.heading(), fonts.figures());
	}

	/** A size as CSS writes it: 16, 10.5. */
	private static String points(double points) {
		return points == Math.rint(points) ? Long.toString((long) points) : Double.toString(points);
	}
}
