package org.govreport.documents.ofd;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.govreport.documents.ofd.PrintedPage.Shape;
import org.govreport.documents.ofd.PrintedPage.TextRun;
import org.govreport.dsl.generator.pdf.PdfFace;
import org.ofdrw.core.basicStructure.doc.CT_PageArea;
import org.ofdrw.core.basicStructure.pageObj.Content;
import org.ofdrw.core.basicStructure.pageObj.Page;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.Type;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_ID;
import org.ofdrw.core.pageDescription.color.color.CT_Color;
import org.ofdrw.core.text.TextCode;

/**
 * One printed page as an OFD page (GB/T 33190 §7.7): a body layer holding a text object per run, its
 * characters placed by the offsets between them (DeltaX), and a path object per run of shapes painted
 * alike. Lengths are written by {@link OfdNumbers}, so that the page reads the same in every locale.
 */
final class PageContent {
	/** How far a text object's boundary reaches around its characters' em boxes, in ems: glyphs may overhang. */
	private static final double OVERHANG = 0.2;

	private final Map<PdfFace, Long> fontIds;
	private final AtomicLong ids;

	/** @param ids the document's last unit id, counted on by every object written */
	PageContent(Map<PdfFace, Long> fontIds, AtomicLong ids) {
		this.fontIds = fontIds;
		this.ids = ids;
	}

	Page of(PrintedPage page) {
		var layer = new CT_Layer();
		layer.setType(Type.Body);
		layer.setObjID(new ST_ID(ids.incrementAndGet()));
		for (PrintedPage.Mark mark : page.marks()) {
			layer.addPageBlock(mark instanceof TextRun run ? text(run) : path((Shape) mark, page));
		}
		var content = new Content();
		content.addLayer(layer);
		var ofdPage = new Page();
		ofdPage.setArea(area(page));
		ofdPage.setContent(content);
		return ofdPage;
	}

	/** The page's size: the document declares the first page's, each page its own. */
	static CT_PageArea area(PrintedPage page) {
		var area = new CT_PageArea();
		area.setOFDEntity("PhysicalBox", OfdNumbers.of(0, 0, page.width(), page.height()));
		return area;
	}

	private TextObject text(TextRun run) {
		double size = run.size();
		double left = run.xs().get(0) - OVERHANG * size;
		double top = run.baseline() - (1 + OVERHANG) * size;
		var object = new TextObject(ids.incrementAndGet());
		object.addAttribute("Boundary", OfdNumbers.of(left, top, run.end() + OVERHANG * size - left, (1 + 3 * OVERHANG) * size));
		object.setFont(fontIds.get(run.face()));
		object.addAttribute("Size", OfdNumbers.of(size));
		if (run.rgb() != 0) {
			object.setFillColor(color(run.rgb()));
		}
		var code = new TextCode();
		code.addAttribute("X", OfdNumbers.of(run.xs().get(0) - left));
		code.addAttribute("Y", OfdNumbers.of(run.baseline() - top));
		if (run.xs().size() > 1) {
			code.addAttribute("DeltaX", deltas(run.xs()));
		}
		code.setContent(String.join("", run.characters()));
		object.addTextCode(code);
		return object;
	}

	/**
	 * The offsets from each character to the next, from positions rounded first, so that no rounding adds
	 * up along a line; a value repeated three times or more is written as "g count value", as the standard
	 * allows.
	 */
	static String deltas(List<Double> xs) {
		var text = new StringBuilder();
		long previous = OfdNumbers.thousandths(xs.get(0));
		long repeated = 0;
		int count = 0;
		for (int i = 1; i <= xs.size(); i++) {
			long delta = 0;
			if (i < xs.size()) {
				long position = OfdNumbers.thousandths(xs.get(i));
				delta = position - previous;
				previous = position;
				if (count > 0 && delta == repeated) {
					count++;
					continue;
				}
			}
			if (count > 0) {
				appendRepeated(text, repeated, count);
			}
			repeated = delta;
			count = 1;
		}
		return text.toString();
	}

	private static void appendRepeated(StringBuilder text, long delta, int count) {
		if (count >= 3) {
			separate(text).append("g ").append(count).append(' ');
			OfdNumbers.append(text, delta);
			return;
		}
		for (int i = 0; i < count; i++) {
			OfdNumbers.append(separate(text), delta);
		}
	}

	private static StringBuilder separate(StringBuilder text) {
		return text.isEmpty() ? text : text.append(' ');
	}

	private PathObject path(Shape shape, PrintedPage page) {
		var object = new PathObject(new ST_ID(ids.incrementAndGet()));
		object.addAttribute("Boundary", OfdNumbers.of(0, 0, page.width(), page.height()));
		var data = new StringBuilder();
		for (List<double[]> points : shape.paths()) {
			for (int i = 0; i < points.size(); i++) {
				separate(data).append(i == 0 ? "M " : "L ").append(OfdNumbers.of(points.get(i)));
			}
			if (!shape.stroked()) {
				data.append(" C");
			}
		}
		if (shape.stroked()) {
			object.addAttribute("LineWidth", OfdNumbers.of(shape.lineWidth()));
			object.setStrokeColor(color(shape.rgb()));
		} else {
			object.setStroke(false);
			object.setFill(true);
			object.setFillColor(color(shape.rgb()));
		}
		// as text: ofdrw's own path builder formats numbers in the machine's locale
		object.setOFDEntity("AbbreviatedData", data.toString());
		return object;
	}

	private static CT_Color color(int rgb) {
		return new CT_Color().setValue(ST_Array.getInstance((rgb >> 16 & 0xff) + " " + (rgb >> 8 & 0xff) + " " + (rgb & 0xff)));
	}
}
