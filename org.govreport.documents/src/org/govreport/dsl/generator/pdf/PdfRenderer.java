package org.govreport.dsl.generator.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.govreport.dsl.generator.DocumentRenderer;
import org.govreport.dsl.generator.LibraryLogging;
import org.govreport.dsl.generator.layout.Block;
import org.govreport.dsl.generator.layout.DocumentLayout;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.template.PrintLayout;

/**
 * The report as PDF/A-2b, set straight onto A4 pages with PDFBox from the document's blocks, after the
 * customary layout of official documents (GB/T 9704): the title in 二号 小标宋, centred, broken after the
 * organ when long; headings in 三号 黑体 and the body in 三号 仿宋 (楷体 for （一） sub-headings), indented two
 * characters, justified, on fixed 28-point lines; tables by {@link TableSetter}; the page number under
 * each page. A heading is never left at the foot of a page without what follows it. Each face is embedded
 * as a subset ({@link PdfFace}). The bytes depend on the report alone (see {@link ArchivalParts}).
 * <p>
 * Set by hand rather than through an HTML layout engine: the document has four kinds of block, and
 * openhtmltopdf's general layout, run cold, made the first PDF of a run cost twice a whole check.
 */
public final class PdfRenderer implements DocumentRenderer {
	private static final float TITLE_POINTS = (float) PrintLayout.TITLE_POINTS;
	private static final float TITLE_LINE = (float) PrintLayout.TITLE_LINE_POINTS;
	private static final float BODY_POINTS = (float) PrintLayout.BODY_POINTS;
	private static final float BODY_LINE = (float) PrintLayout.LINE_POINTS;
	private static final float INDENT = (float) PrintLayout.INDENT_POINTS;
	private static final float ABOVE_TABLE = (float) PrintLayout.ABOVE_TABLE_POINTS;
	private static final float BELOW_TABLE = (float) PrintLayout.BELOW_TABLE_POINTS;

	static {
		LibraryLogging.quiet();
	}

	@Override
	public void render(Report report, OutputStream out) throws IOException {
		var blocks = DocumentLayout.of(report);
		try (var document = new PDDocument()) {
			byte[] digest;
			try (var flow = new PageFlow(document, new GlyphSetter())) {
				flow.newPage();
				for (int i = 0; i < blocks.size(); i++) {
					set(flow, blocks.get(i), i + 1 < blocks.size() ? blocks.get(i + 1) : null);
				}
				digest = flow.digest();
			}
			ArchivalParts.add(document, DocumentLayout.title(report), digest);
			document.save(out);
		}
	}

	/** Parses ahead the faces every report prints in, which the first PDF of a run would otherwise wait for. */
	public static void warmUp() {
		PdfFace.loadFacesOfEveryReport();
	}

	private static void set(PageFlow flow, Block block, Block next) throws IOException {
		if (block instanceof Block.Title title) {
			for (String part : title.lines()) {
				var glyphs = flow.glyphs().glyphs(part, PdfFace.TITLE, TITLE_POINTS);
				for (LineBreaker.Line line : LineBreaker.lines(glyphs, flow.textWidth(), 0)) {
					flow.needs(TITLE_LINE);
					flow.text(line.glyphs(), flow.left() + (flow.textWidth() - line.width()) / 2, flow.y(), TITLE_LINE,
							TITLE_POINTS, 0);
					flow.down(TITLE_LINE);
				}
			}
			// a body line left empty under the title
			flow.down(BODY_LINE);
		} else if (block instanceof Block.Heading heading) {
			var lines = lines(flow, heading.text(), PdfFace.HEI);
			flow.needs(lines.size() * BODY_LINE + firstLine(flow, next));
			paragraph(flow, lines, false);
		} else if (block instanceof Block.Text text) {
			paragraph(flow, lines(flow, text.text(), text.subHeading() ? PdfFace.KAI : PdfFace.SONG), true);
		} else if (block instanceof Block.Table table) {
			var setter = new TableSetter(flow, table.table());
			if (!flow.atTopOfPage()) {
				flow.down(ABOVE_TABLE);
			}
			setter.set();
			flow.down(BELOW_TABLE);
		}
	}

	private static List<LineBreaker.Line> lines(PageFlow flow, String text, PdfFace face) {
		return LineBreaker.lines(flow.glyphs().glyphs(text, face, BODY_POINTS), flow.textWidth(), INDENT);
	}

	private static void paragraph(PageFlow flow, List<LineBreaker.Line> lines, boolean justified) throws IOException {
		boolean first = true;
		for (LineBreaker.Line line : lines) {
			flow.needs(BODY_LINE);
			float indent = first ? INDENT : 0;
			float spacing = 0;
			if (justified && !line.last() && line.glyphs().size() > 1) {
				spacing = (flow.textWidth() - indent - line.width()) / (line.glyphs().size() - 1);
			}
			flow.text(line.glyphs(), flow.left() + indent, flow.y(), BODY_LINE, BODY_POINTS, spacing);
			flow.down(BODY_LINE);
			first = false;
		}
	}

	/** The room the start of the next block takes, which a heading keeps on its page. */
	private static float firstLine(PageFlow flow, Block next) {
		if (next instanceof Block.Table table) {
			return ABOVE_TABLE + new TableSetter(flow, table.table()).headHeight();
		}
		return next == null ? 0 : BODY_LINE;
	}
}
