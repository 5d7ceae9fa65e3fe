package org.govreport.documents.ofd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.govreport.dsl.generator.DocumentRenderer;
import org.govreport.dsl.generator.FixedTimeZip;
import org.govreport.dsl.generator.pdf.PdfFace;
import org.govreport.dsl.generator.pdf.PdfRenderer;
import org.govreport.dsl.model.Report;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.canvas.Canvas;
import org.ofdrw.layout.element.canvas.FontSetting;

/**
 * The report as OFD (GB/T 33190), written with ofdrw: the pages of the PDF, character by character at
 * the same places in the same embedded font subsets, with the same table rules, so that the two formats
 * print alike and hold the same text. The bytes depend on the report alone: the zip's times are fixed,
 * and the document id and creation date ofdrw writes are replaced by values derived from the content.
 */
public final class OfdRenderer implements DocumentRenderer {
	private final PdfRenderer pdfRenderer = new PdfRenderer();

	@Override
	public void render(Report report, OutputStream out) throws IOException {
		var pdfBytes = new ByteArrayOutputStream(256 * 1024);
		pdfRenderer.render(report, pdfBytes);
		var folder = Files.createTempDirectory("govreport-ofd");
		try (var pdf = Loader.loadPDF(pdfBytes.toByteArray())) {
			var pages = PageReader.read(pdf);
			var ofd = new ByteArrayOutputStream(256 * 1024);
			// the faces' parsed fonts are shared with the PDF renderer
			synchronized (PdfFace.class) {
				var fonts = EmbeddedFonts.of(pages, folder);
				try (var document = new OFDDoc(ofd)) {
					for (PrintedPage page : pages) {
						document.addVPage(draw(page, fonts));
					}
				}
			}
			var id = DocumentIdentity.of(pdfBytes.toByteArray());
			FixedTimeZip.copy(ofd.toByteArray(), out, (name, content) -> name.endsWith("OFD.xml")
					? id.stamp(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
					: content);
		} finally {
			delete(folder);
		}
	}

	private static VirtualPage draw(PrintedPage page, EmbeddedFonts fonts) {
		var layout = new PageLayout(page.width(), page.height());
		layout.setMargin(0d);
		var virtualPage = new VirtualPage(layout);
		var canvas = new Canvas(0, 0, page.width(), page.height());
		canvas.setDrawer(context -> {
			context.setFillColor(0, 0, 0);
			context.setStrokeColor(0, 0, 0);
			for (PrintedPage.Shape shape : page.shapes()) {
				var points = shape.points();
				context.beginPath().moveTo(points.get(0)[0], points.get(0)[1]);
				points.subList(1, points.size()).forEach(point -> context.lineTo(point[0], point[1]));
				if (shape.stroked()) {
					context.setLineWidth(shape.lineWidth());
					context.stroke();
				} else {
					context.closePath().fill();
				}
			}
			for (PrintedPage.Glyph glyph : page.glyphs()) {
				context.setFont(new FontSetting(glyph.size(), fonts.of(glyph.font())));
				context.fillText(glyph.text(), glyph.x(), glyph.y());
			}
		});
		virtualPage.add(canvas);
		return virtualPage;
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}
}
