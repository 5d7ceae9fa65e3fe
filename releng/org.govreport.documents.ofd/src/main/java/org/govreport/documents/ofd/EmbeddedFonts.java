package org.govreport.documents.ofd;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.govreport.dsl.generator.pdf.PdfFace;
import org.ofdrw.font.Font;

/**
 * Subsets of the PDF's faces holding the characters the pages print, as files ofdrw embeds: the OFD
 * carries the glyphs the report uses, as the PDF does, instead of megabytes of whole fonts. The PDF's own
 * subsets will not do: they lack the character map and names that an OFD reader (and ofdrw) needs.
 * ofdrw reads fonts from files, hence the folder, which the caller deletes.
 */
final class EmbeddedFonts {
	private final Map<PdfFace, Font> byFace = new EnumMap<>(PdfFace.class);

	private EmbeddedFonts() {
	}

	/** Callers hold the lock on {@link PdfFace}, whose parsed fonts are shared. */
	static EmbeddedFonts of(List<PrintedPage> pages, Path folder) throws IOException {
		var used = new EnumMap<PdfFace, TreeSet<Integer>>(PdfFace.class);
		for (PrintedPage page : pages) {
			for (PrintedPage.Glyph glyph : page.glyphs()) {
				glyph.text().codePoints().forEach(codePoint -> used.computeIfAbsent(face(glyph.font()), face -> new TreeSet<>()).add(codePoint));
			}
		}
		var fonts = new EmbeddedFonts();
		for (var entry : used.entrySet()) {
			var face = entry.getKey();
			var subsetter = new TTFSubsetter(face.font());
			subsetter.addAll(entry.getValue());
			var file = folder.resolve(face.name().toLowerCase(java.util.Locale.ROOT) + ".ttf");
			try (OutputStream out = Files.newOutputStream(file)) {
				subsetter.writeToStream(out);
			}
			fonts.byFace.put(face, new Font(face.font().getName(), face.family(), file));
		}
		return fonts;
	}

	Font of(String pdfFontName) {
		return byFace.get(face(pdfFontName));
	}

	/** @throws IllegalStateException when the PDF printed with a font of its own, which ours never do */
	private static PdfFace face(String pdfFontName) {
		return PdfFace.ofPdfFont(pdfFontName)
				.orElseThrow(() -> new IllegalStateException("the PDF uses a font that is none of ours: " + pdfFontName));
	}
}
