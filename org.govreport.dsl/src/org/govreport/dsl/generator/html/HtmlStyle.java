package org.govreport.dsl.generator.html;

/**
 * The page's stylesheet, after the customary layout of official documents (GB/T 9704): A4 with
 * 37/26/35/28 mm margins, title in 小标宋 二号, headings in 黑体 三号, body in 仿宋 三号 on fixed 28-point
 * lines, sub-headings in 楷体, figures in Times New Roman. The font families a reader's machine may have
 * come first; a fallback family (the PDF's embedded font) closes each list.
 */
final class HtmlStyle {
	private static final String TITLE_FONTS = "\"方正小标宋简体\", \"FZXiaoBiaoSong-B05S\", \"STSong\", \"SimSun\", \"宋体\"";
	private static final String HEADING_FONTS = "\"黑体\", \"SimHei\", \"Heiti SC\", \"STHeiti\"";
	private static final String BODY_FONTS = "\"仿宋_GB2312\", \"FangSong_GB2312\", \"仿宋\", \"FangSong\", \"STFangsong\"";
	private static final String SUB_HEADING_FONTS = "\"楷体_GB2312\", \"KaiTi_GB2312\", \"楷体\", \"KaiTi\", \"STKaiti\"";
	private static final String FIGURE_FONTS = "\"Times New Roman\", \"Liberation Serif\"";

	private HtmlStyle() {
	}

	static String css(String fallbackFont) {
		var fallback = fallbackFont == null ? "" : ", \"" + fallbackFont + "\"";
		return """
				@page { size: A4; margin: 37mm 26mm 35mm 28mm;
				  @bottom-center { content: "— " counter(page) " —"; font-family: "宋体", "SimSun"%s, serif; font-size: 14pt; vertical-align: top; padding-top: 7mm; } }
				html { background: #fff; color: #000; }
				body { font-family: %s%s, serif; font-size: 16pt; line-height: 28pt; margin: 0; }
				@media screen { body { max-width: 156mm; margin: 12mm auto; padding: 0 8mm; } }
				h1 { font-family: %s%s, serif; font-size: 22pt; line-height: 36pt; font-weight: normal; text-align: center; margin: 0 0 28pt 0; }
				h2 { font-family: %s%s, sans-serif; font-size: 16pt; line-height: 28pt; font-weight: normal; text-indent: 2em; margin: 0; page-break-after: avoid; }
				p { text-indent: 2em; text-align: justify; margin: 0; }
				p.sub { font-family: %s%s, serif; }
				table { border-collapse: collapse; width: 100%%; table-layout: fixed; line-height: 1.3; margin: 6pt 0 14pt 0; page-break-inside: avoid; }
				table.narrow { font-size: 10.5pt; }
				table.wide { font-size: 9pt; }
				thead { display: table-header-group; }
				tr { page-break-inside: avoid; }
				th, td { border: 0.5pt solid #000; padding: 2pt 2pt; text-align: center; vertical-align: middle; font-weight: normal; overflow-wrap: break-word; word-wrap: break-word; }
				th.title { font-family: %s%s, sans-serif; }
				th.label { text-align: left; }
				td { font-family: %s, serif%s; }
				""".formatted(fallback, BODY_FONTS, fallback, TITLE_FONTS, fallback, HEADING_FONTS, fallback, SUB_HEADING_FONTS,
				fallback, HEADING_FONTS, fallback, FIGURE_FONTS, fallback);
	}
}
