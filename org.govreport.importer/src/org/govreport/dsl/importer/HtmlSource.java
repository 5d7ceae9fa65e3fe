package org.govreport.dsl.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Reads a web page saved from a browser with jsoup: every block of text a paragraph, in page order, and
 * every data table cell by cell, row by row. A merged cell (colspan) is read once, as Word holds it; where
 * a cell spans rows, the rows below get an empty cell in its place, so that the cells after it keep their
 * columns. The portal around the report (scripts, navigation, breadcrumbs, footers, share and print
 * links) is left out; its 发布日期/来源 lines before the title are left to the title reader.
 */
final class HtmlSource {
	private static final String CHROME_TAGS = "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, "
			+ "footer, aside, form, select, button, input, textarea";
	/** Class and id words portals give their navigation, breadcrumbs, footers and share buttons. */
	private static final Pattern CHROME_NAMES = Pattern.compile(
			"(?i)(?:^|[-_\\s])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|sidebar|share|copyright|logo|bdsharebuttonbox)(?:[-_\\s]|$)");
	private static final Pattern BLOCK = Pattern.compile("p|div|h[1-6]|li|dt|dd|section|article|header|main|center|blockquote|pre|ul|ol|dl|address|figure|figcaption|caption|body|tbody|thead|tfoot");
	private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";
	/** The portal's table of 索引号, 发布机构, 发布日期 above an article; no table of a report holds these words. */
	private static final Pattern PUBLICATION_DATA = Pattern.compile("索引号|发布机构|发布日期|成文日期|发文字号|发文机关");
	/** Print, close and font-size links portals put under a report; never part of it. */
	private static final Pattern PAGE_TOOLS = Pattern.compile("^(?:[【\\[]?\\s*(?:打印(?:本页)?|关闭(?:窗口|本页)?|返回顶部|收藏|分享到?|字号|大|中|小|默认|纠错)\\s*[】\\]]?[：:\\s|｜/]*)+$");

	private final List<Chunk> chunks = new ArrayList<>();
	private final StringBuilder run = new StringBuilder();
	private int paragraphs;
	private int tables;

	private HtmlSource() {
	}

	/** @param html the page's text, decoded as any text file is */
	static List<Chunk> read(String html) throws ImportException {
		try {
			var document = Jsoup.parse(html);
			document.select(CHROME_TAGS).remove();
			document.body().select("[class], [id]").stream()
					.filter(element -> CHROME_NAMES.matcher(element.className()).find() || CHROME_NAMES.matcher(element.id()).find())
					.forEach(Element::remove);
			var source = new HtmlSource();
			source.walk(document.body());
			source.flush();
			return source.chunks;
		} catch (RuntimeException e) {
			throw new ImportException("网页文件无法读取（文件损坏）", e);
		}
	}

	/** In page order, without recursion: a page nested thousands deep is read like any other. */
	private void walk(Element body) {
		body.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				if (node instanceof TextNode text) {
					run.append(text.getWholeText().replaceAll("[\\r\\n\\t]+", " "));
				} else if (node instanceof Element element && element != body) {
					return open(element);
				}
				return FilterResult.CONTINUE;
			}

			@Override
			public FilterResult tail(Node node, int depth) {
				if (node instanceof Element element && separates(element)) {
					flush();
				}
				return FilterResult.CONTINUE;
			}
		});
	}

	private NodeFilter.FilterResult open(Element element) {
		var tag = element.normalName();
		if (tag.equals("table") && element.select("table table").isEmpty()) {
			flush();
			if (!PUBLICATION_DATA.matcher(element.text()).find()) {
				table(element, ++tables);
			}
			return NodeFilter.FilterResult.SKIP_CHILDREN;
		}
		// a heading printed in two lines (重庆市大渡口区八桥镇<br>2020年…报告) is still one heading: the
		// organ line must not be read apart, where a portal's site name above it could take it
		if (tag.equals("br") && element.parents().is(HEADINGS) || !tag.equals("br") && !separates(element)) {
			return NodeFilter.FilterResult.CONTINUE;
		}
		flush();
		return NodeFilter.FilterResult.CONTINUE;
	}

	/** A block, or a layout table around the report: its text stands apart from what surrounds it. */
	private static boolean separates(Element element) {
		var tag = element.normalName();
		return BLOCK.matcher(tag).matches() || tag.equals("table") || tag.equals("tr") || tag.equals("td") || tag.equals("th");
	}

	private void flush() {
		var text = run.toString().strip();
		run.setLength(0);
		if (!text.isEmpty() && !PAGE_TOOLS.matcher(text).matches()) {
			chunks.add(Chunk.paragraph(text, "第 " + ++paragraphs + " 段"));
		}
	}

	/** The rows of a data table, with an empty cell where a cell from a row above spans down. */
	private void table(Element table, int number) {
		Map<Integer, Integer> spanningDown = new HashMap<>();
		int rowNumber = 0;
		for (Element row : table.select("tr")) {
			rowNumber++;
			int column = 0;
			int cellNumber = 0;
			for (Element cell : row.children()) {
				if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
					continue;
				}
				column = emptyWhereSpanned(spanningDown, column, number, rowNumber);
				cellNumber++;
				chunks.add(Chunk.cell(cell.text(), "表 " + number + " 第 " + rowNumber + " 行第 " + cellNumber + " 格"));
				int rows = span(cell, "rowspan");
				int columns = span(cell, "colspan");
				for (int c = column; c < column + columns && rows > 1; c++) {
					spanningDown.put(c, rows - 1);
				}
				column += columns;
			}
			emptyWhereSpanned(spanningDown, column, number, rowNumber);
			chunks.add(Chunk.rowEnd("表 " + number + " 第 " + rowNumber + " 行"));
		}
	}

	/** @return the column after the empty cells added for cells spanning down from rows above */
	private int emptyWhereSpanned(Map<Integer, Integer> spanningDown, int column, int table, int row) {
		while (spanningDown.containsKey(column)) {
			int left = spanningDown.remove(column);
			if (left > 1) {
				spanningDown.put(column, left - 1);
			}
			chunks.add(Chunk.cell("", "表 " + table + " 第 " + row + " 行"));
			column++;
		}
		return column;
	}

	private static int span(Element cell, String attribute) {
		try {
			int span = Integer.parseInt(cell.attr(attribute).strip());
			return Math.max(1, Math.min(span, 1000));
		} catch (NumberFormatException e) {
			return 1;
		}
	}
}
