package org.govreport.documents.ofd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.govreport.documents.ofd.PrintedPage.TextRun;
import org.govreport.dsl.generator.pdf.PdfFace;

/**
 * Subsets of the PDF's faces holding the characters the pages print, as the font files the OFD embeds: the
 * OFD carries the glyphs the report uses, as the PDF does, instead of megabytes of whole fonts. The PDF's
 * own subsets will not do: they lack the character map and names that an OFD reader needs.
 */
final class EmbeddedFonts {
	private EmbeddedFonts() {
	}

	/** A face's subset, and the names OFD gives it. */
	record Subset(String fontName, String familyName, byte[] file) {
	}

	/** Subsets the shared parsed fonts as PDFBox does when it embeds them, which needs no lock (see {@link PdfFace#font()}). */
	static Map<PdfFace, Subset> of(List<PrintedPage> pages) throws IOException {
		var used = new EnumMap<PdfFace, TreeSet<Integer>>(PdfFace.class);
		for (PrintedPage page : pages) {
			for (PrintedPage.Mark mark : page.marks()) {
				if (mark instanceof TextRun run) {
					var codePoints = used.computeIfAbsent(run.face(), face -> new TreeSet<>());
					run.characters().forEach(character -> codePoints.add(character.codePointAt(0)));
				}
			}
		}
		var fonts = new EnumMap<PdfFace, Subset>(PdfFace.class);
		for (var entry : used.entrySet()) {
			var face = entry.getKey();
			var subsetter = new TTFSubsetter(face.font());
			subsetter.addAll(entry.getValue());
			var out = new ByteArrayOutputStream(256 * 1024);
			subsetter.writeToStream(out);
			fonts.put(face, new Subset(face.font().getName(), face.family(), out.toByteArray()));
		}
		return fonts;
	}
}
