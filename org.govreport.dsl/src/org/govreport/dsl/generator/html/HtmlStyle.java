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
				  @bottom-center { content: "— " counter(page) " —"; font-family: %s; font-size: 14pt; vertical-align: top; padding-top: 7mm; } }
				html { background: #fff; color: #000; }
				body { font-family: %s; font-size: 16pt; line-height: 28pt; margin: 0; }
				@media screen { body { max-width: %dmm; margin: 12mm auto; padding: 0 8mm; } }
				h1 { font-family: %s; font-size: %.0fpt; line-height: 36pt; font-weight: normal; text-align: center; margin: 0 0 28pt 0; }
				h2 { font-family: %s; font-size: 16pt; line-height: 28pt; font-weight: normal; text-indent: 2em; margin: 0; page-break-after: avoid; }
				p { text-indent: 2em; text-align: justify; margin: 0; }
				p.sub { font-family: %s; }
				table { border-collapse: collapse; width: 100%%; table-layout: fixed; line-height: 1.3; margin: 6pt 0 14pt 0; }
				table.narrow { font-size: 10.5pt; }
				table.wide { font-size: 9pt; }
				thead { display: table-header-group; }
				tr { page-break-inside: avoid; }
				th, td { border: 0.5pt solid #000; padding: 2pt 2pt; text-align: center; vertical-align: middle; font-weight: normal; overflow-wrap: break-word; word-wrap: break-word; }
				th.title { font-family: %s; }
				th.label { text-align: left; }
				td { font-family: %s; }
				""", page.width(), page.height(), page.top(), page.right(), page.bottom(), page.left(), fonts.pageNumber(),
				fonts.body(), page.textWidth(), fonts.title(), PrintLayout.TITLE_POINTS, fonts.heading(), fonts.subHeading(),
				fonts.heading(), fonts.figures());
	}
}
